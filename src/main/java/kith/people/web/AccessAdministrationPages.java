package kith.people.web;

import java.util.UUID;
import kith.access.AccessLog;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.access.RestrictedRecords;
import kith.people.Identities;
import kith.people.PersonManagement;
import kith.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator's page for one person: who has looked at or changed the record (the access log), whether
 * it is restricted, and who is named on it. Administrators only, decided by the access policy.
 */
@Controller
class AccessAdministrationPages {

    private final PersonManagement people;
    private final RestrictedRecords restricted;
    private final RecordAccess access;
    private final AccessLog accessLog;
    private final Identities identities;

    AccessAdministrationPages(PersonManagement people, RestrictedRecords restricted, RecordAccess access, AccessLog accessLog,
            Identities identities) {
        this.people = people;
        this.identities = identities;
        this.restricted = restricted;
        this.access = access;
        this.accessLog = accessLog;
    }

    /** Every restricted record, by id, with who is named on it: how an administrator reaches one. */
    @GetMapping("/admin/restricted-records")
    String restrictedRecords(Model model) {
        var all = restricted.all();
        model.addAttribute("restrictions", all);
        model.addAttribute("identities", identities.show(all.stream().map(RestrictedRecords.Restriction::personId).toList(),
                "restricted records"));
        return "people/restricted-records";
    }

    @GetMapping("/people/{id}/access")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("person", people.openForAccessAdministration(id));
        model.addAttribute("restricted", access.isRestricted(id));
        model.addAttribute("grants", restricted.grants(id));
        model.addAttribute("log", accessLog.about(id, 200));
        return "people/access";
    }

    @RequiresPermission(Permission.ADMINISTER_ACCESS)
    @PostMapping("/people/{id}/access/restriction")
    String restrict(@PathVariable UUID id, @RequestParam String action, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            if ("lift".equals(action)) {
                restricted.lift(id, reason);
                redirect.addFlashAttribute("saved", "The restriction has been lifted");
            } else {
                restricted.restrict(id, reason);
                redirect.addFlashAttribute("saved", "The record is now restricted");
            }
            return "redirect:/people/" + id + "/access";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.problems());
            return page(id, model);
        }
    }

    @RequiresPermission(Permission.ADMINISTER_ACCESS)
    @PostMapping("/people/{id}/access/grants")
    String grant(@PathVariable UUID id, @RequestParam(required = false) String username,
            @RequestParam(required = false) String grantReason, Model model, RedirectAttributes redirect) {
        try {
            restricted.grant(id, username, grantReason);
            redirect.addFlashAttribute("saved", username + " can now open this record");
            return "redirect:/people/" + id + "/access";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.problems().stream()
                    .map(p -> "reason".equals(p.field()) ? new InvalidInput.Problem("grantReason", p.message()) : p)
                    .toList());
            return page(id, model);
        }
    }

    @RequiresPermission(Permission.ADMINISTER_ACCESS)
    @PostMapping("/people/{id}/access/grants/{grant}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID grant, RedirectAttributes redirect) {
        restricted.revoke(id, grant);
        redirect.addFlashAttribute("saved", "Access has been revoked");
        return "redirect:/people/" + id + "/access";
    }
}
