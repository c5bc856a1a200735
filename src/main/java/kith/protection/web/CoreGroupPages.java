package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.CoreGroups;
import kith.protection.web.PlanForms.CoreGroupForm;
import kith.shared.RecordNotFound;
import kith.shared.Today;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's core group: who is in it (a practitioner of any agency joins with what they do; anyone but the lead
 * may leave), and its meetings, each recorded on a page of its own with who came and the progress made. A meeting
 * later than its due date needs the reason, which the service asks for at its field.
 */
@Controller
class CoreGroupPages {

    /** A meeting as posted; the date left blank is today. */
    record MeetingForm(String heldOnDay, String heldOnMonth, String heldOnYear, String attended, String progress,
            String lateReason) {
        static final FormFields FIELDS = FormFields.of("heldOn", "attended", "progress", "lateReason").dates("heldOn");

        CoreGroups.NewMeeting meeting(FormInput input, LocalDate today) {
            return new CoreGroups.NewMeeting(PlanForms.dateOrToday(input, "heldOn", "The date of the meeting", heldOnDay,
                    heldOnMonth, heldOnYear, today), attended, progress, lateReason);
        }
    }

    private final CoreGroups coreGroups;
    private final ChildProtectionPlans plans;
    private final PlanPage page;
    private final Forms forms;
    private final Today today;

    CoreGroupPages(CoreGroups coreGroups, ChildProtectionPlans plans, PlanPage page, Forms forms, Today today) {
        this.coreGroups = coreGroups;
        this.plans = plans;
        this.page = page;
        this.forms = forms;
        this.today = today;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @GetMapping("/child-protection/plans/{id}/core-group-meetings/new")
    String newMeeting(@PathVariable UUID id, Model model) {
        return meetingForm(model, id, new MeetingForm(null, null, null, null, null, null));
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/core-group-meetings")
    String recordMeeting(@PathVariable UUID id, @ModelAttribute("form") MeetingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(MeetingForm.FIELDS, input -> coreGroups.record(id, form.meeting(input, today.date())));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return meetingForm(model, id, form);
        }
        return PlanPages.saved(id, redirect, "The core group meeting has been recorded");
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/core-group")
    String add(@PathVariable UUID id, @ModelAttribute("coreGroupForm") CoreGroupForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            forms.write(CoreGroupForm.FIELDS, input -> plans.addToCoreGroup(id, form.practitioner(input), form.role()));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page.show(id, model);
        }
        return PlanPages.saved(id, redirect, "Added to the core group");
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/plans/{id}/core-group/{practitionerId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID practitionerId, RedirectAttributes redirect) {
        try {
            forms.write(PlanForms.REMOVE, input -> plans.removeFromCoreGroup(id, practitionerId));
        } catch (FormRefused refused) {
            // A button beside each member: what could not be done is news on the plan page, not a field's error.
            redirect.addFlashAttribute("problem", refused.errors().summary().get(0).message());
            return "redirect:/child-protection/plans/" + id;
        } catch (RecordNotFound gone) {
            redirect.addFlashAttribute("problem", "They are no longer in the core group. Someone may have removed them "
                    + "already.");
            return "redirect:/child-protection/plans/" + id;
        }
        return PlanPages.saved(id, redirect, "Removed from the core group");
    }

    private String meetingForm(Model model, UUID planId, MeetingForm form) {
        ChildProtectionPlan.View plan = plans.open(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("dueOn", PlanPage.dueOf(plan, PlanPage.CORE_GROUP));
        model.addAttribute("form", form);
        return "protection/core-group-meeting-form";
    }
}
