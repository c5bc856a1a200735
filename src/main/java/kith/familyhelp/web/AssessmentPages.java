package kith.familyhelp.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.AssessmentFactor;
import kith.familyhelp.AssessmentOutcome;
import kith.familyhelp.PrimaryNeed;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.shared.web.Difference;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;
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

/** The assessment page: write, save, complete (late only with a reason), and a manager's authorisation. */
@Controller
class AssessmentPages {

    /** The assessment as posted; {@code action} says whether to save the work or complete it. */
    record AssessmentForm(Long version, String action, String familyViews, String childViews, List<String> factors,
            String analysis, String outcome, String primaryNeed, String completedOnDay, String completedOnMonth,
            String completedOnYear, String lateReason) {

        static final FormFields FIELDS = FormFields.of("familyViews", "childViews", "factors", "analysis", "outcome",
                "primaryNeed", "completedOn", "lateReason").dates("completedOn");

        static AssessmentForm of(AssessmentView assessment) {
            return new AssessmentForm(assessment.version(), null, assessment.familyViews(), assessment.childViews(),
                    assessment.factors().stream().map(AssessmentFactor::code).toList(), assessment.analysis(),
                    assessment.outcome(), assessment.primaryNeed(), null, null, null, null);
        }

        boolean completing() {
            return "complete".equals(action);
        }

        AssessmentContent content() {
            return new AssessmentContent(familyViews, childViews, factors, analysis, outcome, primaryNeed);
        }
    }

    /** The authorisation button, the one "field" of its form. */
    static final FormFields AUTHORISATION = FormFields.of("authorise");

    private final Assessments assessments;
    private final RecordAccess access;
    private final Forms forms;

    AssessmentPages(Assessments assessments, RecordAccess access, Forms forms) {
        this.assessments = assessments;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/family-help/assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        AssessmentView assessment = assessments.open(id);
        return page(model, assessment, AssessmentForm.of(assessment));
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/assessments/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") AssessmentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        long version = EpisodeForms.versionOf(form.version());
        try {
            forms.write(AssessmentForm.FIELDS, input -> form.completing()
                    ? assessments.complete(id, version, form.content(), completedOn(input, form), form.lateReason())
                    : assessments.write(id, version, form.content()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            AssessmentView now = assessments.open(id);
            if (refused.conflict()) {
                model.addAttribute("differences", differences(AssessmentForm.of(now), form));
            }
            return page(model, now, form);
        }
        redirect.addFlashAttribute("saved", form.completing()
                ? "The assessment has been completed. A manager will authorise it" : "Your work has been saved");
        return "redirect:/family-help/assessments/" + id;
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/assessments/{id}/authorise")
    String authorise(@PathVariable UUID id, @ModelAttribute("authoriseForm") EpisodeForms.ButtonForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(AUTHORISATION, input -> assessments.authorise(id, EpisodeForms.versionOf(form.version())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            AssessmentView now = assessments.open(id);
            return page(model, now, AssessmentForm.of(now));
        }
        redirect.addFlashAttribute("saved", "The assessment has been authorised");
        return "redirect:/family-help/assessments/" + id;
    }

    /** The date completed; left blank, today. */
    private static java.time.LocalDate completedOn(FormInput input, AssessmentForm form) {
        return input.date("completedOn", "The date the assessment was completed", form.completedOnDay(),
                form.completedOnMonth(), form.completedOnYear());
    }

    private String page(Model model, AssessmentView assessment, AssessmentForm form) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("form", form);
        model.addAttribute("factorList", Option.of(List.of(AssessmentFactor.values()).stream()
                .filter(f -> !f.deprecated()).toList(), AssessmentFactor::code, f -> f.code() + " " + f.label()));
        model.addAttribute("outcomes", Option.of(AssessmentOutcome.values(), AssessmentOutcome::label));
        model.addAttribute("primaryNeeds", Option.of(PrimaryNeed.values(), need -> need.name() + " " + need.label()));
        model.addAttribute("manager", access.mayManageFamilyHelp());
        return "familyhelp/assessment";
    }

    private static List<Difference> differences(AssessmentForm saved, AssessmentForm typed) {
        return Difference.only(List.of(
                new Difference("The family's views", saved.familyViews(), typed.familyViews()),
                new Difference("The child's views and wishes", saved.childViews(), typed.childViews()),
                new Difference("Factors identified", String.join(", ", saved.factors()),
                        typed.factors() == null ? "" : String.join(", ", typed.factors())),
                new Difference("Your analysis", saved.analysis(), typed.analysis()),
                new Difference("What happens next", saved.outcome(), typed.outcome()),
                new Difference("Primary need", saved.primaryNeed(), typed.primaryNeed())));
    }
}
