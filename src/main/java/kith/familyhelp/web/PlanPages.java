package kith.familyhelp.web;

import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanView;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing the family plan with the family, changing it (never over someone else's change), reviewing it. */
@Controller
class PlanPages {

    private final FamilyPlans plans;
    private final FamilyHelpEpisodes episodes;

    PlanPages(FamilyPlans plans, FamilyHelpEpisodes episodes) {
        this.plans = plans;
        this.episodes = episodes;
    }

    @GetMapping("/family-help/{id}/plan/new")
    String newPlan(@PathVariable UUID id, Model model) {
        return form(model, episodes.open(id), null, new PlanForm(), null);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/plan")
    String agree(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect) {
        try {
            plans.agree(id, form.content(), form.isChildInNeedPlan());
            redirect.addFlashAttribute("saved", "The family plan has been saved");
            return "redirect:/family-help/" + id;
        } catch (InvalidInput e) {
            return form(model, episodes.open(id), null, form, e.problems());
        }
    }

    @GetMapping("/family-help/plans/{planId}/edit")
    String edit(@PathVariable UUID planId, Model model) {
        PlanView plan = plans.open(planId);
        return form(model, episodes.open(plan.episodeId()), plan, PlanForm.of(plan), null);
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/plans/{planId}")
    String change(@PathVariable UUID planId, @ModelAttribute("form") PlanForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PlanView current = plans.open(planId);
        try {
            plans.change(planId, form.getVersion() == null ? -1 : form.getVersion(), form.content());
            redirect.addFlashAttribute("saved", "The family plan has been changed");
            return "redirect:/family-help/" + current.episodeId();
        } catch (InvalidInput e) {
            return form(model, episodes.open(current.episodeId()), current, form, e.problems());
        } catch (StaleRecord e) {
            // Show the plan as it now is (the other change is kept), with what this user typed beside it.
            response.setStatus(409);
            model.addAttribute("conflict", true);
            model.addAttribute("typed", form);
            return form(model, episodes.open(current.episodeId()), current, PlanForm.of(current), null);
        }
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/plans/{planId}/review")
    String review(@PathVariable UUID planId, @RequestParam long version, @RequestParam(required = false) String heldDay,
            @RequestParam(required = false) String heldMonth, @RequestParam(required = false) String heldYear,
            @RequestParam(required = false) String attended, @RequestParam(required = false) String whatChanged,
            RedirectAttributes redirect) {
        PlanView plan = plans.open(planId);
        try {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            LocalDate held = DateInput.read("heldOn", "Date of the review", heldDay, heldMonth, heldYear, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            plans.review(planId, version, held, attended, whatChanged, null);
            redirect.addFlashAttribute("saved", "The review has been recorded");
        } catch (InvalidInput | StaleRecord e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/family-help/" + plan.episodeId();
    }

    private String form(Model model, EpisodeView episode, PlanView plan, PlanForm form, List<InvalidInput.Problem> errors) {
        model.addAttribute("episode", episode);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ownerKinds", ActionOwner.values());
        model.addAttribute("progresses", ActionProgress.values());
        return "familyhelp/plan-form";
    }
}
