package kith.protection.web;

import java.util.UUID;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.shared.Today;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan as a parent reads it, printed or on a phone: what we are worried about, what needs to happen, who is
 * helping and when we will meet, in plain English, with no codes or record ids, and how to get an independent
 * advocate. Whoever may read the plan may print it; the service refuses anyone else and audits the view.
 */
@Controller
class PlanForFamilyPage {

    private final ChildProtectionPlans plans;
    private final Today today;

    PlanForFamilyPage(ChildProtectionPlans plans, Today today) {
        this.plans = plans;
        this.today = today;
    }

    @GetMapping("/child-protection/plans/{id}/for-family")
    String forFamily(@PathVariable UUID id, Model model) {
        ChildProtectionPlan.View plan = plans.open(id);
        model.addAttribute("plan", plan);
        model.addAttribute("nextCoreGroup", PlanPage.dueOf(plan, PlanPage.CORE_GROUP));
        model.addAttribute("reviewArrangedFor", plan.conferences().stream()
                .filter(c -> c.kind() == Conference.Kind.REVIEW && c.heldOn() == null)
                .map(ChildProtectionPlan.ConferenceLine::scheduledOn).findFirst().orElse(null));
        model.addAttribute("reviewDueBy", PlanPage.dueOf(plan, PlanPage.REVIEW));
        // A date already past means nothing to a parent: the meeting is then "soon", and they will be told when.
        model.addAttribute("past", today.date());
        return "protection/plan-for-family";
    }
}
