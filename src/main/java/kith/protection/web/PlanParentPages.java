package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlans;
import kith.protection.web.PlanForms.SharedForm;
import kith.protection.web.PlanForms.SupportForm;
import kith.shared.Today;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the parents of a child on a plan were given: the information and support offered to them (what, to whom,
 * when), and the day the plan, in plain English, was shared with them. Forms of the plan page; a refused one shows
 * the plan page again with its errors and what was typed.
 */
@Controller
class PlanParentPages {

    private final ChildProtectionPlans plans;
    private final PlanPage page;
    private final Forms forms;
    private final Today today;

    PlanParentPages(ChildProtectionPlans plans, PlanPage page, Forms forms, Today today) {
        this.plans = plans;
        this.page = page;
        this.forms = forms;
        this.today = today;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/support")
    String offerSupport(@PathVariable UUID id, @ModelAttribute("supportForm") SupportForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(SupportForm.FIELDS, input -> plans.offerSupport(id, form.offeredOn(input, today.date()),
                    form.what(), form.givenTo()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return PlanPages.saved(id, redirect, "The support offered to the parents has been recorded");
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/shared-with-parents")
    String sharedWithParents(@PathVariable UUID id, @ModelAttribute("sharedForm") SharedForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(SharedForm.FIELDS, input -> plans.sharedWithParents(id, PlanForms.versionOf(form.version()),
                    form.sharedOn(input, today.date())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return PlanPages.saved(id, redirect, "The date the plan was shared with the parents has been recorded");
    }
}
