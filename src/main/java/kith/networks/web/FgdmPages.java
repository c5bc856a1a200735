package kith.networks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.networks.FamilyGroupDecision;
import kith.networks.FamilyGroupDecisions;
import kith.networks.FgdmMeetings;
import kith.networks.FgdmOffers;
import kith.networks.FgdmStage;
import kith.networks.web.FgdmForms.AnswerForm;
import kith.networks.web.FgdmForms.ConsiderForm;
import kith.networks.web.FgdmForms.CoordinatorForm;
import kith.networks.web.FgdmForms.DecisionForm;
import kith.networks.web.FgdmForms.MeetingForm;
import kith.networks.web.FgdmForms.NotOfferingForm;
import kith.networks.web.FgdmForms.OfferForm;
import kith.networks.web.FgdmForms.PlanForm;
import kith.networks.web.FgdmForms.PreparationForm;
import kith.networks.web.FgdmForms.ReviewForm;
import kith.partnership.PartnershipDirectory;
import kith.people.Identities;
import kith.people.Identity;
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
 * Family group decision making for a child: the child's list (with the form that starts one), and each decision's
 * page, which shows every step so far and the form of the step that comes next. A refused form shows the page again
 * with everything typed; a stale one says someone else saved first (409).
 */
@Controller
class FgdmPages {

    private final FamilyGroupDecisions decisions;
    private final FgdmOffers offers;
    private final FgdmMeetings meetings;
    private final PartnershipDirectory partnership;
    private final Identities identities;
    private final RecordAccess access;
    private final Forms forms;

    FgdmPages(FamilyGroupDecisions decisions, FgdmOffers offers, FgdmMeetings meetings, PartnershipDirectory partnership,
            Identities identities, RecordAccess access, Forms forms) {
        this.decisions = decisions;
        this.offers = offers;
        this.meetings = meetings;
        this.partnership = partnership;
        this.identities = identities;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/people/{id}/fgdm")
    String list(@PathVariable UUID id, Model model) {
        return listPage(model, id, ConsiderForm.empty());
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/people/{id}/fgdm")
    String consider(@PathVariable UUID id, @ModelAttribute("form") ConsiderForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID created;
        try {
            created = forms.write(ConsiderForm.FIELDS, input -> decisions.consider(form.read(input, id)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return listPage(model, id, form);
        }
        redirect.addFlashAttribute("saved", "The family group decision-making meeting has been considered");
        return "redirect:/fgdm/" + created;
    }

    @GetMapping("/fgdm/{id}")
    String decision(@PathVariable UUID id, Model model) {
        return page(model, decisions.open(id));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/offer")
    String offer(@PathVariable UUID id, @ModelAttribute("offerForm") OfferForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, OfferForm.FIELDS, model, response, redirect, "The offer has been recorded",
                input -> offers.offer(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/not-offering")
    String notOffering(@PathVariable UUID id, @ModelAttribute("notOfferingForm") NotOfferingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, NotOfferingForm.FIELDS, model, response, redirect,
                "Not offering a meeting has been proposed: a manager will decide",
                input -> offers.proposeNotOffering(id, FgdmForms.versionOf(form.version()), form.read()));
    }

    @RequiresPermission(Permission.MANAGE_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/not-offering/decision")
    String decideNotOffering(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, DecisionForm.FIELDS, model, response, redirect, "Your decision has been recorded",
                input -> offers.decideNotOffering(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/answer")
    String answer(@PathVariable UUID id, @ModelAttribute("answerForm") AnswerForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, AnswerForm.FIELDS, model, response, redirect, "The family’s answer has been recorded",
                input -> offers.answer(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/coordinator")
    String coordinator(@PathVariable UUID id, @ModelAttribute("coordinatorForm") CoordinatorForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, CoordinatorForm.FIELDS, model, response, redirect, "The coordinator has been recorded",
                input -> meetings.assignCoordinator(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/preparation")
    String preparation(@PathVariable UUID id, @ModelAttribute("preparationForm") PreparationForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, PreparationForm.FIELDS, model, response, redirect, "The preparation has been recorded",
                input -> meetings.prepare(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/meeting")
    String meeting(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, MeetingForm.FIELDS, model, response, redirect, "The meeting has been recorded",
                input -> meetings.hold(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/plan")
    String plan(@PathVariable UUID id, @ModelAttribute("planForm") PlanForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        form.padded();
        return write(id, PlanForm.FIELDS, model, response, redirect, "The family’s plan has been recorded",
                input -> meetings.agreePlan(id, FgdmForms.versionOf(form.getVersion()), form.read(input)));
    }

    @RequiresPermission(Permission.WORK_FAMILY_NETWORKS)
    @PostMapping("/fgdm/{id}/review")
    String review(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return write(id, ReviewForm.FIELDS, model, response, redirect, "The review has been recorded",
                input -> meetings.review(id, FgdmForms.versionOf(form.version()), form.read(input)));
    }

    private String write(UUID id, FormFields fields, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String saved, Consumer<FormInput> write) {
        try {
            forms.run(fields, write);
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, decisions.open(id));
        }
        redirect.addFlashAttribute("saved", saved);
        return "redirect:/fgdm/" + id;
    }

    private String listPage(Model model, UUID childId, ConsiderForm form) {
        List<FamilyGroupDecision.View> all = decisions.ofChild(childId);
        // The child as the list showed them, when they are its first decision's child; else shown on their own.
        Identity child = !all.isEmpty() && childId.equals(all.get(0).child().id()) ? all.get(0).child()
                : identities.show(childId, "family group decisions");
        model.addAttribute("child", child);
        model.addAttribute("childId", childId);
        model.addAttribute("decisions", all);
        model.addAttribute("mayWork", access.holds(Permission.WORK_FAMILY_NETWORKS));
        model.addAttribute("stages", Option.of(FgdmStage.values(), FgdmStage::label));
        model.addAttribute("form", form);
        return "networks/fgdm-list";
    }

    /** The page, with the version the user saw in each form (kept, with what was typed, when refused). */
    private String page(Model model, FamilyGroupDecision.View fgdm) {
        long v = fgdm.version();
        model.addAttribute("fgdm", fgdm);
        model.addAttribute("mayWork", access.holds(Permission.WORK_FAMILY_NETWORKS));
        model.addAttribute("manager", access.holds(Permission.MANAGE_FAMILY_NETWORKS));
        boolean conflict = model.containsAttribute("conflict");
        addForm(model, "offerForm", new OfferForm(v, null, null, null, null), conflict);
        addForm(model, "notOfferingForm", new NotOfferingForm(v, null, null), conflict);
        addForm(model, "decisionForm", new DecisionForm(v, null, null), conflict);
        addForm(model, "answerForm", new AnswerForm(v, null, null, null, null, null, null, null, null), conflict);
        addForm(model, "coordinatorForm", new CoordinatorForm(v, null, null, null, null), conflict);
        addForm(model, "preparationForm", new PreparationForm(v, null, null, null, null, null), conflict);
        addForm(model, "meetingForm", new MeetingForm(v, null, null, null, null, null), conflict);
        PlanForm plan = new PlanForm();
        plan.setVersion(v);
        addForm(model, "planForm", plan, conflict);
        if (conflict && model.getAttribute("planForm") instanceof PlanForm typed) {
            typed.setVersion(v);
        }
        addForm(model, "reviewForm", new ReviewForm(v, null, null, null, null), conflict);
        model.addAttribute("answers", Option.of(FamilyGroupDecision.Answer.values(), FamilyGroupDecision.Answer::label));
        model.addAttribute("coordinators", Option.of(partnership.practitionersWhoWorkWithFamilies(),
                p -> p.id().toString(), p -> p.fullName() + ", " + p.jobTitle() + ", " + p.agencyName()));
        return "networks/fgdm";
    }

    /**
     * A form the user did not send starts empty at the current version; on a conflict, the one they sent keeps what
     * they typed but takes the current version, so that sending it again is a deliberate change on top of the other.
     */
    private static void addForm(Model model, String name, Object empty, boolean conflict) {
        Object sent = model.getAttribute(name);
        if (sent == null) {
            model.addAttribute(name, empty);
        } else if (conflict && sent instanceof Record) {
            model.addAttribute(name, withVersion(sent, versionOf(empty)));
        }
    }

    private static long versionOf(Object form) {
        return switch (form) {
            case OfferForm f -> f.version();
            case NotOfferingForm f -> f.version();
            case DecisionForm f -> f.version();
            case AnswerForm f -> f.version();
            case CoordinatorForm f -> f.version();
            case PreparationForm f -> f.version();
            case MeetingForm f -> f.version();
            case ReviewForm f -> f.version();
            default -> -1;
        };
    }

    private static Object withVersion(Object sent, long v) {
        return switch (sent) {
            case OfferForm f -> new OfferForm(v, f.offeredTo(), f.offeredOnDay(), f.offeredOnMonth(), f.offeredOnYear());
            case NotOfferingForm f -> new NotOfferingForm(v, f.notInBestInterests(), f.reason());
            case DecisionForm f -> new DecisionForm(v, f.approved(), f.managerReasons());
            case AnswerForm f -> new AnswerForm(v, f.answer(), f.answeredBy(), f.answeredOnDay(), f.answeredOnMonth(),
                    f.answeredOnYear(), f.meetingDueOnDay(), f.meetingDueOnMonth(), f.meetingDueOnYear());
            case CoordinatorForm f -> new CoordinatorForm(v, f.practitionerId(), f.assignedOnDay(), f.assignedOnMonth(),
                    f.assignedOnYear());
            case PreparationForm f -> new PreparationForm(v, f.whatWasDone(), f.preparedWith(), f.preparedOnDay(),
                    f.preparedOnMonth(), f.preparedOnYear());
            case MeetingForm f -> new MeetingForm(v, f.heldOnDay(), f.heldOnMonth(), f.heldOnYear(), f.attendees(),
                    f.privateFamilyTime());
            case ReviewForm f -> new ReviewForm(v, f.reviewedOnDay(), f.reviewedOnMonth(), f.reviewedOnYear(), f.outcome());
            default -> sent;
        };
    }
}
