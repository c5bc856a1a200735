package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.PlanEndReason;
import kith.protection.web.PlanForms.EndForm;
import kith.protection.web.PlanForms.LeadForm;
import kith.protection.web.PlanForms.TransferOutForm;
import kith.protection.web.PlanForms.TransferredOutForm;
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
 * A manager's decisions about a child protection plan: who leads it (only someone who meets the council's rule), a
 * move to another council, and ending it. Ending notifies every agency invited to the initial conference and cannot
 * be undone, so it has a page of its own and is confirmed there (UI.md: one thing per page for a serious decision).
 */
@Controller
class PlanDecisionPages {

    /**
     * The reasons a manager may end a plan for. The other two are not a manager's to choose: a plan ends as no longer
     * at risk at a review conference, and as transferred out when the receiving council's conference is held.
     */
    static final List<PlanEndReason> REASONS = List.of(PlanEndReason.REACHED_18, PlanEndReason.LEFT_THE_UK,
            PlanEndReason.BECAME_LOOKED_AFTER, PlanEndReason.DIED);

    private final ChildProtectionPlans plans;
    private final PlanPage page;
    private final Forms forms;

    PlanDecisionPages(ChildProtectionPlans plans, PlanPage page, Forms forms) {
        this.plans = plans;
        this.page = page;
        this.forms = forms;
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/lead")
    String changeLead(@PathVariable UUID id, @ModelAttribute("leadForm") LeadForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(LeadForm.FIELDS, input -> plans.changeLead(id, PlanForms.versionOf(form.version()),
                    form.lead(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return PlanPages.saved(id, redirect, "The lead child protection practitioner has been changed");
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/transfer-out")
    String transferOut(@PathVariable UUID id, @ModelAttribute("transferOutForm") TransferOutForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(TransferOutForm.FIELDS, input -> plans.notifyTransferOut(id, PlanForms.versionOf(form.version()),
                    form.toCouncil(), form.notifiedOn(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return PlanPages.saved(id, redirect, "The move has been recorded. The plan continues until their transfer-in "
                + "conference is held");
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @GetMapping("/child-protection/plans/{id}/end")
    String endPage(@PathVariable UUID id, Model model) {
        ChildProtectionPlan.View plan = plans.open(id);
        if (!plan.open()) {
            return "redirect:/child-protection/plans/" + id;
        }
        return endForm(model, plan);
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/end")
    String end(@PathVariable UUID id, @ModelAttribute("endForm") EndForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(EndForm.FIELDS, input -> {
                form.checkConfirmed(input);
                return plans.end(id, PlanForms.versionOf(form.version()), form.reason(input), form.endedOn(input));
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return endForm(model, plans.open(id));
        }
        return PlanPages.saved(id, redirect, "The plan has ended. The agencies invited to the initial conference "
                + "have been told");
    }

    @RequiresPermission(Permission.MANAGE_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/transferred-out")
    String transferredOut(@PathVariable UUID id, @ModelAttribute("transferredOutForm") TransferredOutForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(TransferredOutForm.FIELDS, input -> plans.transferredOut(id,
                    PlanForms.versionOf(form.version()), form.endedOn(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return endForm(model, plans.open(id));
        }
        return PlanPages.saved(id, redirect, "The plan has ended as transferred out. The agencies invited to the "
                + "initial conference have been told");
    }

    private static String endForm(Model model, ChildProtectionPlan.View plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("reasons", Option.of(REASONS, Enum::name, PlanEndReason::label));
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm(plan.version(), null, null, null, null, null));
        }
        if (!model.containsAttribute("transferredOutForm")) {
            model.addAttribute("transferredOutForm", new TransferredOutForm(plan.version(), null, null, null));
        }
        return "protection/plan-end";
    }
}
