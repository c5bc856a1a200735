package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.Section47Enquiries;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child protection plan: written by the chair from the conference that decided on it, read by everyone working
 * with the child through it, and changed (never over someone else's change). Who may do what is decided in the
 * services.
 */
// Named: Family Help has a PlanPages too, and beans are named by their class's simple name.
@Controller("childProtectionPlanPages")
class PlanPages {

    private final ChildProtectionPlans plans;
    private final Conferences conferences;
    private final Section47Enquiries enquiries;
    private final PlanPage page;
    private final Forms forms;

    PlanPages(ChildProtectionPlans plans, Conferences conferences, Section47Enquiries enquiries,
            PlanPage page, Forms forms) {
        this.plans = plans;
        this.conferences = conferences;
        this.enquiries = enquiries;
        this.page = page;
        this.forms = forms;
    }

    @RequiresPermission(Permission.CHAIR_CONFERENCES)
    @GetMapping("/child-protection/plans/new")
    String newPlan(@RequestParam UUID conference, Model model) {
        Conference.View decided = conferences.open(conference);
        if (decided.planStartedId() != null) {
            return "redirect:/child-protection/plans/" + decided.planStartedId();
        }
        return form(model, decided, PlanForm.forConference(conference, decided.heldOn(), enquiryLead(decided)));
    }

    @RequiresPermission(Permission.CHAIR_CONFERENCES)
    @PostMapping("/child-protection/plans")
    String start(@RequestParam UUID conference, @ModelAttribute("form") PlanForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID started;
        try {
            started = forms.write(PlanForm.NEW, input -> plans.start(conference, form.newPlan(input)));
        } catch (FormRefused refused) {
            Conference.View now = conferences.open(conference);
            if (now.planStartedId() != null) {
                // Someone wrote it first: theirs is the plan, and this form has nothing left to write.
                redirect.addFlashAttribute("problem", "This conference's plan has already been written: this is it");
                return "redirect:/child-protection/plans/" + now.planStartedId();
            }
            refused.shownOn(model, response);
            return form(model, now, form);
        }
        redirect.addFlashAttribute("saved", "The child protection plan has been written");
        return "redirect:/child-protection/plans/" + started;
    }

    @GetMapping("/child-protection/plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        return page.show(id, model);
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @GetMapping("/child-protection/plans/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ChildProtectionPlan.View plan = plans.open(id);
        return changeForm(model, plan, PlanForm.of(plan));
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}")
    String change(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(PlanForm.CHANGE, input -> plans.change(id, PlanForms.versionOf(form.getVersion()),
                    form.getWorries(), form.typedSteps(), form.visits(input), form.coreGroups(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            ChildProtectionPlan.View now = plans.open(id);
            if (refused.conflict()) {
                // What is saved now (the other user's change) beside what this user typed, which stays in the form;
                // sent again, it is a deliberate change on top of theirs.
                model.addAttribute("differences", form.differencesFrom(PlanForm.of(now)));
                form.setVersion(now.version());
            }
            return changeForm(model, now, form);
        }
        return saved(id, redirect, "The plan has been changed");
    }

    static String saved(UUID id, RedirectAttributes redirect, String what) {
        redirect.addFlashAttribute("saved", what);
        return "redirect:/child-protection/plans/" + id;
    }

    /** The lead of the enquiry the conference followed, to begin with (a transfer-in conference has none). */
    private UUID enquiryLead(Conference.View conference) {
        if (conference.enquiryId() == null) {
            return null;
        }
        return enquiries.ofEpisode(conference.episodeId()).stream()
                .filter(e -> e.id().equals(conference.enquiryId()))
                .map(Section47Enquiries.Stored::leadPractitionerId).findFirst().orElse(null);
    }

    private String form(Model model, Conference.View conference, PlanForm form) {
        model.addAttribute("conference", conference);
        model.addAttribute("form", form);
        model.addAttribute("leads", page.leads());
        model.addAttribute("rule", page.ruleInWords());
        return "protection/plan-form";
    }

    private String changeForm(Model model, ChildProtectionPlan.View plan, PlanForm form) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        return "protection/plan-form";
    }
}
