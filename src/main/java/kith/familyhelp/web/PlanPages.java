package kith.familyhelp.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanView;
import kith.familyhelp.web.EpisodeForms.ReviewForm;
import kith.shared.Today;
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

/** Writing the family plan with the family, changing it (never over someone else's change), reviewing it. */
@Controller
class PlanPages {

    private final FamilyPlans plans;
    private final FamilyHelpEpisodes episodes;
    private final EpisodePage episodePage;
    private final Forms forms;
    private final Today today;

    PlanPages(FamilyPlans plans, FamilyHelpEpisodes episodes, EpisodePage episodePage, Forms forms, Today today) {
        this.plans = plans;
        this.episodes = episodes;
        this.episodePage = episodePage;
        this.forms = forms;
        this.today = today;
    }

    @GetMapping("/family-help/{id}/plan/new")
    String newPlan(@PathVariable UUID id, Model model) {
        return form(model, episodes.open(id), null, new PlanForm());
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/plan")
    String agree(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.write(PlanForm.FIELDS, input -> plans.agree(id, form.content(input), form.isChildInNeedPlan()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return form(model, episodes.open(id), null, form);
        }
        redirect.addFlashAttribute("saved", "The family plan has been saved");
        return "redirect:/family-help/" + id;
    }

    @GetMapping("/family-help/plans/{planId}/edit")
    String edit(@PathVariable UUID planId, Model model) {
        PlanView plan = plans.open(planId);
        return form(model, episodes.open(plan.episodeId()), plan, PlanForm.of(plan));
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/plans/{planId}")
    String change(@PathVariable UUID planId, @ModelAttribute("form") PlanForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PlanView current = plans.open(planId);
        try {
            forms.write(PlanForm.FIELDS, input -> plans.change(planId, EpisodeForms.versionOf(form.getVersion()),
                    form.content(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            if (refused.conflict()) {
                // What is saved now (the other user's change) beside what this user typed, which stays in the form;
                // sent again, it is a deliberate change on top of theirs.
                PlanView now = plans.open(planId);
                model.addAttribute("differences", differences(PlanForm.of(now), form));
                form.setVersion(now.version());
                return form(model, episodes.open(now.episodeId()), now, form);
            }
            return form(model, episodes.open(current.episodeId()), current, form);
        }
        redirect.addFlashAttribute("saved", "The family plan has been changed");
        return "redirect:/family-help/" + current.episodeId();
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/plans/{planId}/review")
    String review(@PathVariable UUID planId, @ModelAttribute("reviewForm") ReviewForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PlanView plan = plans.open(planId);
        try {
            forms.write(ReviewForm.FIELDS, input -> plans.review(planId, EpisodeForms.versionOf(form.version()),
                    form.heldOn(input, today.date()), form.attended(), form.whatChanged(), null));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return episodePage.show(plan.episodeId(), model);
        }
        redirect.addFlashAttribute("saved", "The review has been recorded");
        return "redirect:/family-help/" + plan.episodeId();
    }

    private String form(Model model, EpisodeView episode, PlanView plan, PlanForm form) {
        model.addAttribute("episode", episode);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("owners", owners(episode));
        model.addAttribute("goalOptions", List.of(new Option("0", "Goal 1"), new Option("1", "Goal 2"),
                new Option("2", "Goal 3")));
        model.addAttribute("ownerKinds", Option.of(ActionOwner.values(), ActionOwner::label));
        model.addAttribute("progresses", Option.of(ActionProgress.values(), ActionProgress::label));
        return "familyhelp/plan-form";
    }

    /** Who may do an action: the children and family on the episode, and the practitioners working with them. */
    private static List<Option> owners(EpisodeView episode) {
        List<Option> owners = new ArrayList<>();
        episode.people().stream().filter(p -> p.id() != null)
                .forEach(p -> owners.add(new Option(p.id().toString(), p.name() + " (" + p.role().toLowerCase() + ")")));
        if (episode.leadPractitionerId() != null) {
            owners.add(new Option(episode.leadPractitionerId().toString(), episode.leadPractitionerName()
                    + " (lead practitioner)"));
        }
        episode.team().forEach(t -> owners.add(new Option(t.practitionerId().toString(), t.name() + " (" + t.role() + ")")));
        if (owners.stream().noneMatch(o -> o.value().equals(episode.supervisorId().toString()))) {
            owners.add(new Option(episode.supervisorId().toString(), episode.supervisorName() + " (supervising manager)"));
        }
        return owners;
    }

    private static List<Difference> differences(PlanForm saved, PlanForm typed) {
        List<Difference> compared = new ArrayList<>(List.of(
                new Difference("What we are worried about", saved.getWorries(), typed.getWorries()),
                new Difference("What is going well", saved.getGoingWell(), typed.getGoingWell())));
        for (int i = 0; i < PlanForm.GOALS; i++) {
            compared.add(new Difference("Goal " + (i + 1), saved.getGoals().get(i), typed.getGoals().get(i)));
        }
        for (int i = 0; i < PlanForm.ACTIONS; i++) {
            compared.add(new Difference("Action " + (i + 1), saved.getActions().get(i).getAction(),
                    typed.getActions().get(i).getAction()));
        }
        return Difference.only(compared);
    }
}
