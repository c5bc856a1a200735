package kith.familyhelp.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.AssessmentFactor;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.access.RecordAccess;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.shared.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment page: write, save, complete (late only with a reason), and a manager's authorisation. */
@Controller
class AssessmentPages {

    private final Assessments assessments;
    private final RecordAccess access;

    AssessmentPages(Assessments assessments, RecordAccess access) {
        this.assessments = assessments;
        this.access = access;
    }

    /** What was typed, shown back when something needs correcting. */
    record Entered(String familyViews, String childViews, List<String> factors, String analysis, String outcome,
            String completedDay, String completedMonth, String completedYear, String lateReason) {}

    @GetMapping("/family-help/assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        AssessmentView assessment = assessments.open(id);
        return page(model, assessment, new Entered(assessment.familyViews(), assessment.childViews(),
                assessment.factors().stream().map(AssessmentFactor::code).toList(), assessment.analysis(),
                assessment.outcome(), null, null, null, null));
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping("/family-help/assessments/{id}")
    String save(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) String familyViews, @RequestParam(required = false) String childViews,
            @RequestParam(required = false) List<String> factors, @RequestParam(required = false) String analysis,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String completedDay,
            @RequestParam(required = false) String completedMonth, @RequestParam(required = false) String completedYear,
            @RequestParam(required = false) String lateReason, Model model, RedirectAttributes redirect) {
        Entered entered = new Entered(familyViews, childViews, factors == null ? List.of() : factors, analysis, outcome,
                completedDay, completedMonth, completedYear, lateReason);
        AssessmentContent content = new AssessmentContent(familyViews, childViews, entered.factors(), analysis, outcome);
        try {
            if ("complete".equals(action)) {
                List<InvalidInput.Problem> problems = new ArrayList<>();
                LocalDate on = DateInput.read("completedOn", "Date completed", completedDay, completedMonth, completedYear, problems);
                if (!problems.isEmpty()) {
                    throw new InvalidInput(problems);
                }
                assessments.complete(id, version, content, on, lateReason); // no date: today
                redirect.addFlashAttribute("saved", "The assessment has been completed. A manager will authorise it");
            } else {
                assessments.write(id, version, content);
                redirect.addFlashAttribute("saved", "Your work has been saved");
            }
            return "redirect:/family-help/assessments/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.problems());
        } catch (StaleRecord e) {
            model.addAttribute("errors", List.of(new InvalidInput.Problem("familyViews",
                    "Someone else saved this assessment while you were writing. Your text is below: check theirs, then save again.")));
        }
        return page(model, assessments.open(id), entered);
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_HELP)
    @PostMapping("/family-help/assessments/{id}/authorise")
    String authorise(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            assessments.authorise(id, version);
            redirect.addFlashAttribute("saved", "The assessment has been authorised");
        } catch (InvalidInput | StaleRecord e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/family-help/assessments/" + id;
    }

    private String page(Model model, AssessmentView assessment, Entered entered) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("entered", entered);
        model.addAttribute("factorList", List.of(AssessmentFactor.values()).stream().filter(f -> !f.deprecated()).toList());
        model.addAttribute("outcomes", kith.familyhelp.AssessmentOutcome.values());
        model.addAttribute("manager", access.mayManageFamilyHelp());
        return "familyhelp/assessment";
    }
}
