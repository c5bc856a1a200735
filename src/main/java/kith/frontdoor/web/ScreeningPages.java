package kith.frontdoor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.Referrals;
import kith.frontdoor.Screening;
import kith.shared.web.FormFields;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screening a contact: matching each child to a record (or creating one, once the screener has checked none of the
 * suggested people is the child) and the threshold decision. A refused form shows the contact again with its errors
 * and what was chosen.
 */
@Controller
@RequestMapping("/front-door/contacts/{id}")
class ScreeningPages {

    /** A child's forms: "This is the child" (a person), "Create a new record" and its confirmation. */
    record ChildForm(Long version, String personId, String confirmNoneMatch) {

        static FormFields fieldsOf(int position) {
            return FormFields.of("personId", "createRecord", "confirmNoneMatch")
                    .alias("dateOfBirth", "createRecord")
                    .alias("position", "createRecord")
                    .in("child" + position);
        }
    }

    /** Whether the threshold for a referral is met, and if not the outcome and why. */
    record ThresholdForm(Long version, String outcome, String reason) {
        static final FormFields FIELDS = FormFields.of("outcome", "reason");

        boolean metThreshold() {
            return "REFERRAL".equals(outcome);
        }
    }

    private final Contacts contacts;
    private final Screening screening;
    private final Referrals referrals;
    private final RecordAccess access;
    private final Forms forms;

    ScreeningPages(Contacts contacts, Screening screening, Referrals referrals, RecordAccess access, Forms forms) {
        this.contacts = contacts;
        this.screening = screening;
        this.referrals = referrals;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String contact(@PathVariable UUID id, Model model) {
        access.checkMayWorkTheFrontDoor();
        ContactView contact = contacts.open(id);
        model.addAttribute("contact", contact);
        List<ScreenedChild> children = new ArrayList<>();
        for (int i = 0; i < contact.children().size(); i++) {
            ContactView.Child child = contact.children().get(i);
            // A child linked to a record withheld from this user shows neither its history nor suggestions.
            children.add(new ScreenedChild(i, child,
                    child.personId() == null ? List.of() : referrals.history(child.personId()),
                    !child.linked() && contact.awaitingScreening() ? screening.suggestionsFor(id, i) : List.of()));
        }
        model.addAttribute("children", children);
        model.addAttribute("outcomes", List.of(new Option("REFERRAL", "Yes: accept as a referral for each child"),
                new Option(ReferralDecision.INFORMATION_AND_ADVICE.name(), "No: give information and advice"),
                new Option(ReferralDecision.NO_FURTHER_ACTION.name(), "No: no further action")));
        if (!model.containsAttribute("thresholdForm")) {
            model.addAttribute("thresholdForm", new ThresholdForm(contact.version(), null, null));
        }
        if (!model.containsAttribute("childForm")) {
            model.addAttribute("childForm", new ChildForm(contact.version(), null, null));
        }
        return "frontdoor/contact";
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/children/{position}/link")
    String link(@PathVariable UUID id, @PathVariable int position, @ModelAttribute("childForm") ChildForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(ChildForm.fieldsOf(position), input -> screening.link(id, versionOf(form.version()), position,
                    input.id("personId", form.personId(), "Select the person this child is")));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            model.addAttribute("childPosition", position);
            return contact(id, model);
        }
        redirect.addFlashAttribute("saved", "The child has been linked to their record");
        return "redirect:/front-door/contacts/" + id;
    }

    /**
     * A new record for the child. While people are suggested, the screener confirms that none of them is the
     * child; without that, the page is shown again with the error on the confirmation.
     */
    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/children/{position}/create")
    String create(@PathVariable UUID id, @PathVariable int position, @ModelAttribute("childForm") ChildForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.run(ChildForm.fieldsOf(position), input -> screening.createRecordFor(id, versionOf(form.version()),
                    position, "true".equals(form.confirmNoneMatch())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            model.addAttribute("childPosition", position);
            return contact(id, model);
        }
        redirect.addFlashAttribute("saved", "A new record has been created and linked");
        return "redirect:/front-door/contacts/" + id;
    }

    @RequiresPermission(Permission.WORK_THE_FRONT_DOOR)
    @PostMapping("/threshold")
    String threshold(@PathVariable UUID id, @ModelAttribute("thresholdForm") ThresholdForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<UUID> referred;
        try {
            referred = forms.write(ThresholdForm.FIELDS, input -> {
                if (form.metThreshold()) {
                    return screening.acceptAsReferral(id, versionOf(form.version()));
                }
                if (form.outcome() == null || form.outcome().isBlank()) {
                    input.problem("outcome", "Select whether the threshold for a referral is met");
                    return List.<UUID>of();
                }
                screening.closeWithoutReferral(id, versionOf(form.version()), input.choice(ReferralDecision.class,
                        "outcome", form.outcome(), "Select one of the outcomes"), form.reason());
                return List.<UUID>of();
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return contact(id, model);
        }
        if (referred.isEmpty()) {
            redirect.addFlashAttribute("saved", "The contact has been closed");
            return "redirect:/front-door";
        }
        redirect.addFlashAttribute("saved", "Accepted as a referral. Decide it within one working day");
        return "redirect:/front-door/referrals/" + referred.get(0);
    }

    private static long versionOf(Long version) {
        return version == null ? -1 : version;
    }
}
