package kith.protection.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.LeadPractitionerRules;
import kith.protection.web.PlanForms.CoreGroupForm;
import kith.protection.web.PlanForms.LeadForm;
import kith.protection.web.PlanForms.SharedForm;
import kith.protection.web.PlanForms.SupportForm;
import kith.protection.web.PlanForms.TransferOutForm;
import kith.shared.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The child protection plan page's model: the plan as the service shows it (its view audited there), and the forms
 * the user may use, each with what was typed in it when it was refused (or empty). Only the forms the user's role
 * may send are offered, so a partner in the team or the core group reads the plan with no form on it, and an ended
 * plan has none. Shown by the page's own handler and again by any handler of its forms.
 */
@Component
class PlanPage {

    /** The names ChildProtectionPlans gives what is due next under a plan (ChildProtectionPlan.Due). */
    static final String VISIT = "Visit";
    static final String CORE_GROUP = "Core group meeting";
    static final String REVIEW = "Review conference";

    private final ChildProtectionPlans plans;
    private final LeadPractitionerRules rule;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;

    PlanPage(ChildProtectionPlans plans, LeadPractitionerRules rule, PartnershipDirectory partnership,
            RecordAccess access) {
        this.plans = plans;
        this.rule = rule;
        this.partnership = partnership;
        this.access = access;
    }

    String show(UUID id, Model model) {
        ChildProtectionPlan.View plan = plans.open(id);
        boolean open = plan.open();
        boolean work = open && access.holds(Permission.WORK_CHILD_PROTECTION);
        boolean manage = open && access.holds(Permission.MANAGE_CHILD_PROTECTION);
        model.addAttribute("plan", plan);
        model.addAttribute("mayWork", work);
        model.addAttribute("mayManage", manage);
        model.addAttribute("mayArrangeReview", open && access.holds(Permission.ARRANGE_CONFERENCES)
                && plan.conferences().stream().noneMatch(c -> c.kind() == Conference.Kind.REVIEW && c.heldOn() == null));
        // The family's Family Help lead practitioner, who stays with the family, is the first to ask.
        model.addAttribute("practitioners", work ? joinable(plan) : List.of());
        model.addAttribute("leads", manage ? leads() : List.of());
        model.addAttribute("rule", manage ? ruleInWords() : null);
        defaults(model, plan);
        return "protection/plan";
    }

    /** Practitioners of any agency who work with families and are not in the core group already. */
    private List<Option> joinable(ChildProtectionPlan.View plan) {
        List<UUID> members = plan.coreGroup().stream().map(ChildProtectionPlan.CoreGroupMember::practitionerId).toList();
        return Option.of(partnership.practitionersWhoWorkWithFamilies().stream()
                .filter(p -> !members.contains(p.id())).toList(), p -> p.id().toString(), PlanPage::described);
    }

    /** Who may lead today under the council's rule (LeadPractitionerRules.eligible), to choose from. */
    List<Option> leads() {
        return Option.of(rule.eligible(), p -> p.id().toString(), PlanPage::described);
    }

    String ruleInWords() {
        return rule.rule().inWords();
    }

    /** When the plan's next {@code what} is due, or null when nothing of that kind is. */
    static LocalDate dueOf(ChildProtectionPlan.View plan, String what) {
        return plan.due().stream().filter(d -> d.what().equals(what)).map(ChildProtectionPlan.Due::dueOn).findFirst()
                .orElse(null);
    }

    static String described(PractitionerView p) {
        return p.fullName() + ", " + p.jobTitle() + ", " + p.agencyName();
    }

    private static void defaults(Model model, ChildProtectionPlan.View plan) {
        if (!model.containsAttribute("leadForm")) {
            model.addAttribute("leadForm", new LeadForm(plan.version(), plan.leadPractitionerId().toString()));
        }
        if (!model.containsAttribute("coreGroupForm")) {
            model.addAttribute("coreGroupForm", new CoreGroupForm(null, null));
        }
        if (!model.containsAttribute("supportForm")) {
            model.addAttribute("supportForm", new SupportForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("sharedForm")) {
            model.addAttribute("sharedForm", new SharedForm(plan.version(), null, null, null));
        }
        if (!model.containsAttribute("transferOutForm")) {
            model.addAttribute("transferOutForm", new TransferOutForm(plan.version(), null, null, null, null));
        }
    }
}
