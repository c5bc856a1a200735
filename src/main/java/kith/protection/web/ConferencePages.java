package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.partnership.PartnershipDirectory;
import kith.people.Identity;
import kith.protection.Category;
import kith.protection.Conference;
import kith.protection.ConferenceInvitations;
import kith.protection.Conferences;
import kith.protection.web.ConferenceForms.ReportForm;
import kith.protection.web.ConferenceForms.RescheduleForm;
import kith.shared.RecordNotFound;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import kith.shared.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Child protection conferences: arranging one (initial after an enquiry, review of a plan, transfer-in of another
 * council's plan) on a working day with who is invited; then its page, where the date can change until it is held,
 * the chair records it, and the report shared with the parents is noted. A chair whose conference decided on a plan
 * goes on to write it.
 */
@Controller
class ConferencePages {

    private final Conferences conferences;
    private final ConferenceInvitations invitations;
    private final PartnershipDirectory partnership;
    private final RecordAccess access;
    private final Forms forms;

    ConferencePages(Conferences conferences, ConferenceInvitations invitations, PartnershipDirectory partnership,
            RecordAccess access, Forms forms) {
        this.conferences = conferences;
        this.invitations = invitations;
        this.partnership = partnership;
        this.access = access;
        this.forms = forms;
    }

    /** What a conference is arranged for: one of the enquiry, the plan or the transfer, named in the address. */
    private record For(Conference.Kind kind, UUID workId) {

        static For of(UUID enquiry, UUID plan, UUID transfer) {
            long given = Stream.of(enquiry, plan, transfer).filter(Objects::nonNull).count();
            if (given != 1) {
                throw new RecordNotFound("Work to arrange a conference for", null);
            }
            return enquiry != null ? new For(Conference.Kind.INITIAL, enquiry)
                    : plan != null ? new For(Conference.Kind.REVIEW, plan) : new For(Conference.Kind.TRANSFER_IN, transfer);
        }
    }

    @RequiresPermission(Permission.ARRANGE_CONFERENCES)
    @GetMapping("/child-protection/conferences/new")
    String arrangeForm(@RequestParam(required = false) UUID enquiry, @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) UUID transfer, Model model) {
        For work = For.of(enquiry, plan, transfer);
        return arrangePage(model, invitations.toArrange(work.kind(), work.workId()), new ArrangeForm());
    }

    @RequiresPermission(Permission.ARRANGE_CONFERENCES)
    @PostMapping("/child-protection/conferences")
    String arrange(@RequestParam(required = false) UUID enquiry, @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) UUID transfer, @ModelAttribute("form") ArrangeForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        For work = For.of(enquiry, plan, transfer);
        ConferenceInvitations.ToArrange arranging = invitations.toArrange(work.kind(), work.workId());
        Set<UUID> family = arranging.family().stream().map(Identity::id).collect(Collectors.toSet());
        UUID id;
        try {
            id = forms.write(ArrangeForm.FIELDS, input -> {
                Conference.Arrangement arrangement = form.read(input, arranging.child().id(), family);
                return switch (work.kind()) {
                    case INITIAL -> conferences.arrangeInitial(work.workId(), arrangement);
                    case REVIEW -> conferences.arrangeReview(work.workId(), arrangement);
                    case TRANSFER_IN -> conferences.arrangeTransferIn(work.workId(), arrangement);
                };
            });
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return arrangePage(model, arranging, form);
        }
        redirect.addFlashAttribute("saved", "The conference has been arranged");
        return "redirect:/child-protection/conferences/" + id;
    }

    @GetMapping("/child-protection/conferences/{id}")
    String conference(@PathVariable UUID id, Model model) {
        return page(model, conferences.open(id));
    }

    @RequiresPermission(Permission.ARRANGE_CONFERENCES)
    @PostMapping("/child-protection/conferences/{id}/date")
    String reschedule(@PathVariable UUID id, @ModelAttribute("rescheduleForm") RescheduleForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(RescheduleForm.FIELDS, input -> conferences.reschedule(id, FormValues.versionOf(form.version()),
                    form.scheduledOn(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Conference.View now = conferences.open(id);
            if (refused.conflict()) {
                model.addAttribute("rescheduleForm", form.withVersion(now.version()));
            }
            return page(model, now);
        }
        redirect.addFlashAttribute("saved", "The conference's date has been changed");
        return "redirect:/child-protection/conferences/" + id;
    }

    @RequiresPermission(Permission.CHAIR_CONFERENCES)
    @PostMapping("/child-protection/conferences/{id}/held")
    String hold(@PathVariable UUID id, @ModelAttribute("heldForm") HeldForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Conference.View before = conferences.open(id);
        try {
            forms.write(HeldForm.FIELDS, input -> conferences.hold(id, FormValues.versionOf(form.getVersion()),
                    form.read(input, before.invitees().size())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Conference.View now = conferences.open(id);
            if (refused.conflict()) {
                model.addAttribute("heldForm", form.withVersion(now.version()));
            }
            return page(model, now);
        }
        redirect.addFlashAttribute("saved", "The conference has been recorded");
        return "redirect:/child-protection/conferences/" + id;
    }

    @RequiresPermission(Permission.ARRANGE_CONFERENCES)
    @PostMapping("/child-protection/conferences/{id}/report-shared")
    String reportShared(@PathVariable UUID id, @ModelAttribute("reportForm") ReportForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(ReportForm.FIELDS, input -> conferences.reportShared(id, FormValues.versionOf(form.version()),
                    form.sharedOn(input)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            Conference.View now = conferences.open(id);
            if (refused.conflict()) {
                model.addAttribute("reportForm", form.withVersion(now.version()));
            }
            return page(model, now);
        }
        redirect.addFlashAttribute("saved", "The date the report was shared with the parents has been recorded");
        return "redirect:/child-protection/conferences/" + id;
    }

    private String arrangePage(Model model, ConferenceInvitations.ToArrange arranging, ArrangeForm form) {
        model.addAttribute("arranging", arranging);
        model.addAttribute("form", form);
        Identity child = arranging.child();
        model.addAttribute("people", Stream.concat(
                        arranging.family().stream().map(p -> new Option(p.id().toString(), p.name())),
                        Stream.of(new Option(child.id().toString(), child.name() + " (the child)",
                                "Where it is right for their age and understanding")))
                .toList());
        model.addAttribute("practitioners", Option.of(partnership.practitionersWhoWorkWithFamilies(),
                p -> p.id().toString(), p -> p.fullName() + ", " + p.jobTitle() + ", " + p.agencyName()));
        model.addAttribute("inviteeKinds", Option.of(Conference.InviteeKind.values(), Conference.InviteeKind::label));
        return "protection/conference-form";
    }

    private String page(Model model, Conference.View conference) {
        boolean arranger = access.holds(Permission.ARRANGE_CONFERENCES);
        boolean chair = access.holds(Permission.CHAIR_CONFERENCES);
        model.addAttribute("conference", conference);
        model.addAttribute("mayReschedule", arranger && !conference.held());
        model.addAttribute("mayHold", chair && !conference.held());
        model.addAttribute("mayShareReport", arranger && conference.held());
        model.addAttribute("chair", chair);
        if (!model.containsAttribute("rescheduleForm")) {
            model.addAttribute("rescheduleForm", new RescheduleForm(conference.version(), null, null, null));
        }
        if (!model.containsAttribute("heldForm")) {
            model.addAttribute("heldForm", new HeldForm(conference.version()));
        }
        if (!model.containsAttribute("reportForm")) {
            String[] shared = FormValues.parts(conference.reportSharedWithParentsOn());
            model.addAttribute("reportForm", new ReportForm(conference.version(), shared[0], shared[1], shared[2]));
        }
        model.addAttribute("decisions", Arrays.stream(Conference.Decision.values())
                .filter(decision -> decision.fitsFor(conference.kind()))
                .map(decision -> new Option(decision.name(), decision.label())).toList());
        model.addAttribute("categories", Option.of(Category.values(), Category::label));
        model.addAttribute("attendanceOptions", List.of(new Option(HeldForm.CAME, "Came to the conference"),
                new Option(HeldForm.REPORT, "Their report was received")));
        return "protection/conference";
    }
}
