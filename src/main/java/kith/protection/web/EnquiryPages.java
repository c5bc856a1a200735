package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.protection.LeadPractitionerRules;
import kith.protection.Section47Enquiries;
import kith.protection.StrategyDiscussions;
import kith.protection.web.EnquiryForms.FindingsForm;
import kith.protection.web.EnquiryForms.LeadForm;
import kith.shared.web.Difference;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A section 47 enquiry: the child, when it started, the initial conference's due date, the lead child protection
 * practitioner (a manager assigns one who meets the council's rule, or hears why not) and the findings and outcome.
 * A refused or stale form shows the page again, with the enquiry as saved now and what was typed.
 */
@Controller
class EnquiryPages {

    private final Section47Enquiries enquiries;
    private final StrategyDiscussions discussions;
    private final LeadPractitionerRules rules;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;
    private final Forms forms;

    EnquiryPages(Section47Enquiries enquiries, StrategyDiscussions discussions, LeadPractitionerRules rules,
            PartnershipDirectory partnership, RecordAccess access, Forms forms) {
        this.enquiries = enquiries;
        this.discussions = discussions;
        this.rules = rules;
        this.partnership = partnership;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/child-protection/enquiries/{id}")
    String enquiry(@PathVariable UUID id, Model model) {
        return page(model, enquiries.open(id));
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/child-protection/enquiries/{id}/lead")
    String assignLead(@PathVariable UUID id, @ModelAttribute("leadForm") LeadForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(LeadForm.FIELDS, input -> enquiries.assignLead(id, FormValues.versionOf(form.version()),
                    form.lead(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Section47Enquiries.View now = enquiries.open(id);
            if (refused.conflict()) {
                model.addAttribute("leadForm", form.withVersion(now.version()));
            }
            return page(model, now);
        }
        redirect.addFlashAttribute("saved", "The lead child protection practitioner has been assigned");
        return "redirect:/child-protection/enquiries/" + id;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/enquiries/{id}/findings")
    String recordFindings(@PathVariable UUID id, @ModelAttribute("findingsForm") FindingsForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(FindingsForm.FIELDS, input -> enquiries.complete(id, FormValues.versionOf(form.version()),
                    form.read(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Section47Enquiries.View now = enquiries.open(id);
            if (refused.conflict()) {
                // What is saved now beside what this user typed, which stays in the form; sent again, it is a
                // deliberate change on top of theirs.
                model.addAttribute("findingsForm", form.withVersion(now.version()));
                model.addAttribute("differences", differences(now, form));
            }
            return page(model, now);
        }
        redirect.addFlashAttribute("saved", "The enquiry's findings and outcome have been recorded");
        return "redirect:/child-protection/enquiries/" + id;
    }

    private String page(Model model, Section47Enquiries.View enquiry) {
        boolean manager = access.holds(Permission.MANAGE_CHILD_PROTECTION);
        model.addAttribute("enquiry", enquiry);
        model.addAttribute("manager", manager);
        model.addAttribute("mayRecord", access.holds(Permission.WORK_CHILD_PROTECTION));
        model.addAttribute("mayArrange", access.holds(Permission.ARRANGE_CONFERENCES) && enquiry.conferenceId() == null
                && !enquiry.icpcNotRequired());
        model.addAttribute("discussionLinked", discussions.mayOpen(enquiry.strategyDiscussionId()));
        if (!model.containsAttribute("leadForm")) {
            model.addAttribute("leadForm", new LeadForm(enquiry.version(),
                    enquiry.leadPractitionerId() == null ? null : enquiry.leadPractitionerId().toString()));
        }
        if (!model.containsAttribute("findingsForm")) {
            model.addAttribute("findingsForm", FindingsForm.empty(enquiry.version()));
        }
        if (manager && !enquiry.icpcNotRequired()) {
            model.addAttribute("rule", rules.rule().inWords());
            model.addAttribute("eligible", eligible(((LeadForm) model.getAttribute("leadForm")).leadPractitionerId()));
        }
        model.addAttribute("outcomes", Option.of(Section47Enquiries.Outcome.values(), Section47Enquiries.Outcome::label));
        return "protection/enquiry";
    }

    /**
     * Who meets the rule today; and the one chosen, if they do not (the rule or their training changed since the page
     * was shown, or the form was sent by hand), so that the choice is still shown beside the rule's message.
     */
    private List<Option> eligible(String chosen) {
        List<PractitionerView> meeting = rules.eligible();
        List<Option> options = new ArrayList<>(Option.of(meeting, p -> p.id().toString(),
                p -> p.fullName() + ", " + p.jobTitle() + ", " + p.agencyName()));
        if (chosen != null && options.stream().noneMatch(o -> o.value().equals(chosen))) {
            try {
                partnership.practitioner(UUID.fromString(chosen)).ifPresent(p -> options.add(new Option(p.id().toString(),
                        p.fullName() + ", " + p.jobTitle() + " (does not meet the rule)")));
            } catch (IllegalArgumentException notAnId) {
                // Not an id: the form's own message says so.
            }
        }
        return options;
    }

    private static List<Difference> differences(Section47Enquiries.View now, FindingsForm typed) {
        return Difference.only(List.of(
                new Difference("What the enquiry found", now.findings(), typed.findings()),
                new Difference("Concerns substantiated", FormValues.yesNo(now.substantiated()), typed.substantiated()),
                new Difference("Outcome", now.outcome() == null ? null : now.outcome().label(),
                        typed.outcome() == null ? null : outcomeLabel(typed.outcome()))));
    }

    private static String outcomeLabel(String typed) {
        for (Section47Enquiries.Outcome outcome : Section47Enquiries.Outcome.values()) {
            if (outcome.name().equals(typed)) {
                return outcome.label();
            }
        }
        return typed;
    }
}
