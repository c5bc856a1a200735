package kith.familyhelp.web;

import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.ReasonForClosure;
import kith.familyhelp.Visits;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.web.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Family Help episode page (the family, the lead practitioner, the team around the family, the
 * assessment, the plan, visits) and the manager's actions on it. Who may do what is decided in the services.
 */
@Controller
class FamilyHelpPages {

    private final FamilyHelpEpisodes episodes;
    private final Assessments assessments;
    private final FamilyPlans plans;
    private final Visits visits;
    private final RecordAccess access;

    FamilyHelpPages(FamilyHelpEpisodes episodes, Assessments assessments, FamilyPlans plans, Visits visits,
            RecordAccess access) {
        this.episodes = episodes;
        this.assessments = assessments;
        this.plans = plans;
        this.visits = visits;
        this.access = access;
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help")
    String openFromReferral(@RequestParam UUID referralId, RedirectAttributes redirect) {
        try {
            EpisodeView episode = episodes.openFromReferral(referralId);
            redirect.addFlashAttribute("saved", "Family Help has been opened. Allocate the lead practitioner");
            return "redirect:/family-help/" + episode.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/front-door/referrals/" + referralId;
        }
    }

    @GetMapping("/family-help/{id}")
    String episode(@PathVariable UUID id, Model model) {
        EpisodeView episode = episodes.open(id);
        model.addAttribute("episode", episode);
        model.addAttribute("assessments", assessments.forEpisode(id));
        model.addAttribute("plan", plans.currentFor(id).orElse(null));
        model.addAttribute("visits", visits.forEpisode(id));
        model.addAttribute("manager", isManager());
        model.addAttribute("lead", episode.leadPractitionerId() != null
                && episode.leadPractitionerId().equals(access.currentPractitioner()));
        model.addAttribute("practitioners", isManager() ? episodes.practitioners() : List.of());
        model.addAttribute("reasons", ReasonForClosure.values());
        return "familyhelp/episode";
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/lead")
    String allocateLead(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) UUID practitionerId, RedirectAttributes redirect) {
        return act(id, redirect, "The lead practitioner has been allocated",
                () -> episodes.allocateLead(id, version, practitionerId));
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/lead/agree")
    String agree(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "You have agreed to lead the work with this family", () -> episodes.agreeToLead(id, version));
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/team")
    String addToTeam(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) UUID practitionerId, @RequestParam(required = false) String role,
            RedirectAttributes redirect) {
        return act(id, redirect, "Added to the team around the family", () -> episodes.addToTeam(id, version, practitionerId, role));
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/step-up")
    String stepUp(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "Stepped up to child protection. The lead practitioner stays with the family",
                () -> episodes.stepUp(id, version, reason));
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/close")
    String close(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return act(id, redirect, "Family Help has been closed", () -> episodes.close(id, version,
                Choice.of(ReasonForClosure.class, "reason", reason), summary));
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/assessments")
    String startAssessment(@PathVariable UUID id, @RequestParam(required = false) UUID childId,
            RedirectAttributes redirect) {
        try {
            return "redirect:/family-help/assessments/" + assessments.start(id, childId, null).id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/family-help/" + id;
        }
    }

    private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (StaleRecord e) {
            redirect.addFlashAttribute("problem", "Someone else changed this episode at the same time. Check it and try again.");
        }
        return "redirect:/family-help/" + id;
    }

    private boolean isManager() {
        return access.mayManageFamilyHelp();
    }
}
