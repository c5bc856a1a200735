package kith.familyhelp.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.web.EpisodeForms.ButtonForm;
import kith.familyhelp.web.EpisodeForms.AssessmentStartForm;
import kith.familyhelp.web.EpisodeForms.CloseForm;
import kith.familyhelp.web.EpisodeForms.LeadForm;
import kith.familyhelp.web.EpisodeForms.StepUpForm;
import kith.familyhelp.web.EpisodeForms.TeamForm;
import kith.shared.web.FormFields;
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
 * The Family Help episode page and the forms on it: opening from a referral, the lead practitioner, the team around
 * the family, starting an assessment, and the manager's decisions. A refused form shows the page again with its
 * errors and what was typed. Who may do what is decided in the services.
 */
@Controller
class FamilyHelpPages {

    /** The referral page's "Open Family Help" button: its one "field". */
    static final FormFields OPEN = FormFields.of("openFamilyHelp");

    private final FamilyHelpOpening opening;
    private final FamilyHelpAllocation allocation;
    private final FamilyHelpDecisions decisions;
    private final Assessments assessments;
    private final EpisodePage page;
    private final Forms forms;

    FamilyHelpPages(FamilyHelpOpening opening, FamilyHelpAllocation allocation, FamilyHelpDecisions decisions,
            Assessments assessments, EpisodePage page, Forms forms) {
        this.opening = opening;
        this.allocation = allocation;
        this.decisions = decisions;
        this.assessments = assessments;
        this.page = page;
        this.forms = forms;
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help")
    String openFromReferral(@RequestParam UUID referralId, RedirectAttributes redirect) {
        EpisodeView episode;
        try {
            episode = forms.write(OPEN, input -> opening.openFromReferral(referralId));
        } catch (FormRefused refused) {
            // The button is on the referral's page: its errors go back there.
            redirect.addFlashAttribute("errors", refused.errors());
            return "redirect:/front-door/referrals/" + referralId;
        }
        redirect.addFlashAttribute("saved", "Family Help has been opened. Confirm who is in the family, then allocate "
                + "the lead practitioner");
        return "redirect:/family-help/" + episode.id();
    }

    @GetMapping("/family-help/{id}")
    String episode(@PathVariable UUID id, Model model) {
        return page.show(id, model);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/lead")
    String allocateLead(@PathVariable UUID id, @ModelAttribute("leadForm") LeadForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(LeadForm.FIELDS, input -> allocation.allocateLead(id, EpisodeForms.versionOf(form.version()),
                    form.practitioner(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return saved(id, redirect, "The lead practitioner has been allocated");
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/lead/agree")
    String agree(@PathVariable UUID id, @ModelAttribute("agreeForm") ButtonForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(ButtonForm.AGREE, input -> allocation.agreeToLead(id, EpisodeForms.versionOf(form.version())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return saved(id, redirect, "You have agreed to lead the work with this family");
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/team")
    String addToTeam(@PathVariable UUID id, @ModelAttribute("teamForm") TeamForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(TeamForm.FIELDS, input -> allocation.addToTeam(id, EpisodeForms.versionOf(form.version()),
                    form.practitioner(input), form.role()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return saved(id, redirect, "Added to the team around the family");
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/step-up")
    String stepUp(@PathVariable UUID id, @ModelAttribute("stepUpForm") StepUpForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(StepUpForm.FIELDS, input -> decisions.stepUp(id, EpisodeForms.versionOf(form.version()),
                    form.reason()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return saved(id, redirect, "Stepped up to child protection. The lead practitioner stays with the family");
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/{id}/close")
    String close(@PathVariable UUID id, @ModelAttribute("closeForm") CloseForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(CloseForm.FIELDS, input -> decisions.close(id, EpisodeForms.versionOf(form.version()),
                    form.closure(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return saved(id, redirect, "Family Help has been closed");
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/{id}/assessments")
    String startAssessment(@PathVariable UUID id, @ModelAttribute("assessmentStartForm") AssessmentStartForm form,
            Model model, HttpServletResponse response) {
        UUID started;
        try {
            started = forms.write(AssessmentStartForm.FIELDS, input -> assessments.start(id, form.child(input), null).id());
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return "redirect:/family-help/assessments/" + started;
    }

    private static String saved(UUID id, RedirectAttributes redirect, String what) {
        redirect.addFlashAttribute("saved", what);
        return "redirect:/family-help/" + id;
    }
}
