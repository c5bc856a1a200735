package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.StatutoryVisits;
import kith.shared.Today;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;
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
 * Recording a statutory visit to a child on a plan, on one page: whether the child was seen, seen alone and their
 * bedroom seen, why not when they were not, what was seen and said, and why the visit was late when it was. The
 * reasons are always on the page (no JavaScript needed); the service asks for the one that applies.
 */
@Controller
class StatutoryVisitPages {

    /** The visit as posted: yes and no answers as "yes" or "no"; the date left blank is today. */
    record VisitForm(String visitedOnDay, String visitedOnMonth, String visitedOnYear, String childSeen,
            String notSeenReason, String seenAlone, String notAloneReason, String bedroomSeen, String observations,
            String lateReason) {
        static final FormFields FIELDS = FormFields.of("visitedOn", "childSeen", "notSeenReason", "seenAlone",
                "notAloneReason", "bedroomSeen", "observations", "lateReason").dates("visitedOn");

        StatutoryVisits.NewVisit visit(FormInput input, LocalDate today) {
            return new StatutoryVisits.NewVisit(PlanForms.dateOrToday(input, "visitedOn", "The date of the visit",
                    visitedOnDay, visitedOnMonth, visitedOnYear, today),
                    yesOrNo(input, "childSeen", childSeen), yesOrNo(input, "seenAlone", seenAlone),
                    yesOrNo(input, "bedroomSeen", bedroomSeen), notSeenReason, notAloneReason, observations,
                    lateReason);
        }

        private static Boolean yesOrNo(FormInput input, String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            if (!value.equals("yes") && !value.equals("no")) {
                input.problem(field, "Select yes or no");
                return null;
            }
            return value.equals("yes");
        }
    }

    private final StatutoryVisits visits;
    private final ChildProtectionPlans plans;
    private final Forms forms;
    private final Today today;

    StatutoryVisitPages(StatutoryVisits visits, ChildProtectionPlans plans, Forms forms, Today today) {
        this.visits = visits;
        this.plans = plans;
        this.forms = forms;
        this.today = today;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @GetMapping("/child-protection/plans/{id}/visits/new")
    String newVisit(@PathVariable UUID id, Model model) {
        return form(model, id, new VisitForm(null, null, null, null, null, null, null, null, null, null));
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/visits")
    String record(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(VisitForm.FIELDS, input -> visits.record(id, form.visit(input, today.date())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return form(model, id, form);
        }
        return PlanPages.saved(id, redirect, "The visit has been recorded");
    }

    private String form(Model model, UUID planId, VisitForm form) {
        ChildProtectionPlan.View plan = plans.open(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("dueOn", PlanPage.dueOf(plan, PlanPage.VISIT));
        model.addAttribute("form", form);
        return "protection/statutory-visit-form";
    }
}
