package kith.people.web;

import java.util.UUID;
import kith.access.AccessLog;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.access.RestrictedRecords;
import kith.people.Identities;
import kith.people.PersonManagement;
import jakarta.servlet.http.HttpServletResponse;
import kith.shared.web.FormFields;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    private final Forms forms;

    AccessAdministrationPages(PersonManagement people, RestrictedRecords restricted, RecordAccess access, AccessLog accessLog,
            Identities identities, Forms forms) {
        this.forms = forms;
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
        if (!model.containsAttribute("restrictionForm")) {
            model.addAttribute("restrictionForm", new RestrictionForm(null, null));
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, null));
        }
        return "people/access";
    }

    /** Restricting a record, or lifting its restriction ({@code action} "lift"), with the reason. */
    record RestrictionForm(String action, String reason) {
        static final FormFields FIELDS = FormFields.of("reason").in("restriction");
    }

    /** Naming a user on a restricted record. */
    record GrantForm(String username, String grantReason) {
        static final FormFields FIELDS = FormFields.of("username", "grantReason").alias("reason", "grantReason").in("grant");
    }

    @RequiresPermission(Permission.ADMINISTER_ACCESS)
    @PostMapping("/people/{id}/access/restriction")
    String restrict(@PathVariable UUID id, @ModelAttribute("restrictionForm") RestrictionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        boolean lift = "lift".equals(form.action());
        try {
            forms.run(RestrictionForm.FIELDS, input -> {
                if (lift) {
                    restricted.lift(id, form.reason());
                } else {
                    restricted.restrict(id, form.reason());
                }
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(id, model);
        }
        redirect.addFlashAttribute("saved", lift ? "The restriction has been lifted" : "The record is now restricted");
        return "redirect:/people/" + id + "/access";
    }

    @RequiresPermission(Permission.ADMINISTER_ACCESS)
    @PostMapping("/people/{id}/access/grants")
    String grant(@PathVariable UUID id, @ModelAttribute("grantForm") GrantForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(GrantForm.FIELDS, input -> restricted.grant(id, form.username(), form.grantReason()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(id, model);
        }
        redirect.addFlashAttribute("saved", form.username().trim() + " can now open this record");
        return "redirect:/people/" + id + "/access";
    }

    @RequiresPermission(Permission.ADMINISTER_ACCESS)
    @PostMapping("/people/{id}/access/grants/{grant}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID grant, RedirectAttributes redirect) {
        restricted.revoke(id, grant);
        redirect.addFlashAttribute("saved", "Access has been revoked");
        return "redirect:/people/" + id + "/access";
    }
}
