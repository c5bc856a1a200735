package kith.networks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.networks.FgdmDuty;
import kith.networks.PreProceeding;
import kith.networks.PreProceedings;
import kith.networks.PreProceedingsSteps;
import kith.networks.web.PreProceedingsForms.CommencementForm;
import kith.networks.web.PreProceedingsForms.CourtForm;
import kith.networks.web.PreProceedingsForms.LetterForm;
import kith.networks.web.PreProceedingsForms.LpmForm;
import kith.networks.web.PreProceedingsForms.MeetingForm;
import kith.networks.web.PreProceedingsForms.StartForm;
import kith.networks.web.PreProceedingsForms.StepForm;
import kith.people.Identities;
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

/**
 * Pre-proceedings for a child: the child's list with the form that starts them, each one's page (every step so far
 * and the forms of the next), and the administrators' page that sets when the s31ZA duty commences here.
 */
@Controller
class PreProceedingsPages {

    private final PreProceedings preProceedings;
    private final PreProceedingsSteps steps;
    private final FgdmDuty duty;
    private final Identities identities;
    private final RecordAccess access;
    private final Forms forms;

    PreProceedingsPages(PreProceedings preProceedings, PreProceedingsSteps steps, FgdmDuty duty, Identities identities,
            RecordAccess access, Forms forms) {
        this.preProceedings = preProceedings;
        this.steps = steps;
        this.duty = duty;
        this.identities = identities;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/people/{id}/pre-proceedings")
    String list(@PathVariable UUID id, Model model) {
        return listPage(model, id, new StartForm(null, null, null));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{id}/pre-proceedings")
    String start(@PathVariable UUID id, @ModelAttribute("form") StartForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID created;
        try {
            created = forms.write(StartForm.FIELDS, input -> preProceedings.start(form.read(input, id)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return listPage(model, id, form);
        }
        redirect.addFlashAttribute("saved", "Pre-proceedings have been started");
        return "redirect:/pre-proceedings/" + created;
    }

    @GetMapping("/pre-proceedings/{id}")
    String page(@PathVariable UUID id, Model model) {
        return page(model, preProceedings.open(id));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/pre-proceedings/{id}/legal-planning-meeting")
    String lpm(@PathVariable UUID id, @ModelAttribute("lpmForm") LpmForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, LpmForm.FIELDS, model, response, redirect, "The legal planning meeting has been recorded",
                input -> {
                    preProceedings.legalPlanningMeeting(id, FgdmForms.versionOf(form.version()), form.read(input));
                    return Optional.empty();
                });
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/pre-proceedings/{id}/letter")
    String letter(@PathVariable UUID id, @ModelAttribute("letterForm") LetterForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, LetterForm.FIELDS, model, response, redirect, "The letter before proceedings has been recorded",
                input -> preProceedings.sendLetter(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/pre-proceedings/{id}/meetings")
    String meeting(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, MeetingForm.FIELDS, model, response, redirect, "The meeting has been recorded", input -> {
            steps.meeting(id, FgdmForms.versionOf(form.version()), form.read(input));
            return Optional.empty();
        });
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/pre-proceedings/{id}/step-decision")
    String stepDecision(@PathVariable UUID id, @ModelAttribute("stepForm") StepForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, StepForm.FIELDS, model, response, redirect, "The step decision has been recorded", input -> {
            steps.stepDecision(id, FgdmForms.versionOf(form.version()), form.read(input));
            return Optional.empty();
        });
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/pre-proceedings/{id}/court-application")
    String court(@PathVariable UUID id, @ModelAttribute("courtForm") CourtForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, CourtForm.FIELDS, model, response, redirect, "The application to court has been recorded",
                input -> {
                    steps.courtApplication(id, FgdmForms.versionOf(form.version()), form.read(input));
                    return Optional.empty();
                });
    }

    @RequiresPermission(Permission.ADMINISTER_FAMILY_NETWORKS)
    @GetMapping("/admin/pre-proceedings")
    String commencement(Model model) {
        FgdmDuty.Setting setting = duty.setting();
        String[] parts = parts(setting.commencesOn());
        return commencementPage(model, new CommencementForm(setting.version(), parts[0], parts[1], parts[2]));
    }

    @RequiresPermission(Permission.ADMINISTER_FAMILY_NETWORKS)
    @PostMapping("/admin/pre-proceedings")
    String changeCommencement(@ModelAttribute("form") CommencementForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            forms.run(CommencementForm.FIELDS, input -> duty.change(FgdmForms.versionOf(form.version()), form.read(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return commencementPage(model, new CommencementForm(duty.setting().version(), form.commencesOnDay(),
                    form.commencesOnMonth(), form.commencesOnYear()));
        }
        redirect.addFlashAttribute("saved", "The commencement date has been saved");
        return "redirect:/admin/pre-proceedings";
    }

    private String commencementPage(Model model, CommencementForm form) {
        model.addAttribute("setting", duty.setting());
        model.addAttribute("form", form);
        return "networks/commencement";
    }

    private String write(UUID id, FormFields fields, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String saved, Function<FormInput, Optional<String>> write) {
        Optional<String> warning;
        try {
            warning = forms.write(fields, write);
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, preProceedings.open(id));
        }
        redirect.addFlashAttribute("saved", saved);
        warning.ifPresent(text -> redirect.addFlashAttribute("problem", text));
        return "redirect:/pre-proceedings/" + id;
    }

    private String listPage(Model model, UUID childId, StartForm form) {
        List<PreProceeding.View> all = preProceedings.ofChild(childId);
        model.addAttribute("child", all.isEmpty() ? identities.show(childId, "pre-proceedings") : all.get(0).child());
        model.addAttribute("childId", childId);
        model.addAttribute("all", all);
        model.addAttribute("mayWork", access.holds(Permission.WORK_FAMILY_NETWORKS));
        model.addAttribute("form", form);
        return "networks/pre-proceedings-list";
    }

    /** The page; each form starts at the current version (a refused one keeps what was typed). */
    private String page(Model model, PreProceeding.View pp) {
        long v = pp.version();
        model.addAttribute("pp", pp);
        model.addAttribute("mayWork", access.holds(Permission.WORK_FAMILY_NETWORKS) && pp.open());
        model.addAttribute("manager", access.holds(Permission.MANAGE_FAMILY_NETWORKS));
        boolean conflict = model.containsAttribute("conflict");
        put(model, "lpmForm", new LpmForm(v, null, null, null, null), conflict);
        put(model, "letterForm", new LetterForm(v, null, null, null), conflict);
        put(model, "meetingForm", new MeetingForm(v, null, null, null, null, null, null), conflict);
        put(model, "stepForm", new StepForm(v, null, null, null, null), conflict);
        put(model, "courtForm", new CourtForm(v, null, null, null, null, null, null, null), conflict);
        model.addAttribute("decisions", Option.of(PreProceeding.LpmDecision.values(), PreProceeding.LpmDecision::label));
        model.addAttribute("outcomes", Option.of(steps.outcomes(), o -> o.code(), o -> o.code() + ": " + o.label()));
        return "networks/pre-proceedings";
    }

    /**
     * A form not sent starts empty; on a conflict the one sent keeps what was typed at the current version, so that
     * sending it again is a deliberate change on top of the other user's.
     */
    private static void put(Model model, String name, Object empty, boolean conflict) {
        Object sent = model.getAttribute(name);
        if (sent == null) {
            model.addAttribute(name, empty);
        } else if (conflict) {
            model.addAttribute(name, atVersion(sent, versionOf(empty)));
        }
    }

    private static long versionOf(Object form) {
        return switch (form) {
            case LpmForm f -> f.version();
            case LetterForm f -> f.version();
            case MeetingForm f -> f.version();
            case StepForm f -> f.version();
            case CourtForm f -> f.version();
            default -> -1;
        };
    }

    private static Object atVersion(Object sent, long v) {
        return switch (sent) {
            case LpmForm f -> new LpmForm(v, f.heldOnDay(), f.heldOnMonth(), f.heldOnYear(), f.decision());
            case LetterForm f -> new LetterForm(v, f.sentOnDay(), f.sentOnMonth(), f.sentOnYear());
            case MeetingForm f -> new MeetingForm(v, f.heldOnDay(), f.heldOnMonth(), f.heldOnYear(), f.nextReviewOnDay(),
                    f.nextReviewOnMonth(), f.nextReviewOnYear());
            case StepForm f -> new StepForm(v, f.decidedOnDay(), f.decidedOnMonth(), f.decidedOnYear(), f.outcome());
            case CourtForm f -> new CourtForm(v, f.appliedOnDay(), f.appliedOnMonth(), f.appliedOnYear(), f.urgentReason(),
                    f.letterOnDay(), f.letterOnMonth(), f.letterOnYear());
            default -> sent;
        };
    }

    private static String[] parts(java.time.LocalDate date) {
        return date == null ? new String[] {null, null, null}
                : new String[] {String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear())};
    }
}
