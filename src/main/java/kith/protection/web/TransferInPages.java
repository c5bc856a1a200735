package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.access.RequiresPermission;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.protection.Category;
import kith.protection.TransfersIn;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child on another council's child protection plan moves here: what that council told us, recorded against the
 * family's Family Help episode, and the transfer read back with the date its transfer-in conference is due (15
 * working days from the notification), overdue when it has passed, and the way to arrange it.
 */
@Controller
class TransferInPages {

    /** The notification as posted. */
    record TransferForm(String childId, String fromCouncil, String notifiedOnDay, String notifiedOnMonth,
            String notifiedOnYear, String theirPlanStartedOnDay, String theirPlanStartedOnMonth,
            String theirPlanStartedOnYear, String theirCategory, String theirContact, String theirPlan) {
        static final FormFields FIELDS = FormFields.of("childId", "fromCouncil", "notifiedOn", "theirPlanStartedOn",
                        "theirCategory", "theirContact", "theirPlan")
                .dates("notifiedOn", "theirPlanStartedOn")
                .alias("episodeId", "childId");

        TransfersIn.Notification notification(FormInput input, UUID episodeId) {
            return new TransfersIn.Notification(episodeId,
                    input.id("childId", childId, "Select the child from this family"), fromCouncil,
                    input.date("notifiedOn", "The date we were told", notifiedOnDay, notifiedOnMonth, notifiedOnYear),
                    input.date("theirPlanStartedOn", "The date their plan started", theirPlanStartedOnDay,
                            theirPlanStartedOnMonth, theirPlanStartedOnYear),
                    input.choice(Category.class, "theirCategory", theirCategory,
                            "Select the category of their plan from the list"),
                    theirContact, theirPlan);
        }
    }

    private final TransfersIn transfers;
    private final FamilyHelpEpisodes episodes;
    private final RecordAccess access;
    private final Forms forms;

    TransferInPages(TransfersIn transfers, FamilyHelpEpisodes episodes, RecordAccess access, Forms forms) {
        this.transfers = transfers;
        this.episodes = episodes;
        this.access = access;
        this.forms = forms;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @GetMapping("/child-protection/transfers-in/new")
    String newTransfer(@RequestParam UUID episode, Model model) {
        EpisodeView family = episodes.open(episode);
        // One child in the family: they are the one who moved, to begin with.
        String only = family.children().size() == 1 && family.children().get(0).id() != null
                ? family.children().get(0).id().toString() : null;
        return form(model, family, new TransferForm(only, null, null, null, null, null, null, null, null, null, null));
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/transfers-in")
    String notify(@RequestParam UUID episode, @ModelAttribute("form") TransferForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID recorded;
        try {
            recorded = forms.write(TransferForm.FIELDS, input -> transfers.notify(form.notification(input, episode)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return form(model, episodes.open(episode), form);
        }
        redirect.addFlashAttribute("saved", "The move has been recorded. Arrange the transfer-in conference");
        return "redirect:/child-protection/transfers-in/" + recorded;
    }

    @GetMapping("/child-protection/transfers-in/{id}")
    String transfer(@PathVariable UUID id, Model model) {
        TransfersIn.View transfer = transfers.open(id);
        model.addAttribute("transfer", transfer);
        model.addAttribute("mayArrange", access.holds(Permission.ARRANGE_CONFERENCES)
                && transfer.arrangedConferenceId() == null);
        return "protection/transfer-in";
    }

    private static String form(Model model, EpisodeView family, TransferForm form) {
        model.addAttribute("episode", family);
        model.addAttribute("form", form);
        model.addAttribute("children", family.children().stream().filter(c -> c.id() != null)
                .map(c -> new Option(c.id().toString(), c.name())).toList());
        model.addAttribute("categories", Option.of(Category.values(), Category::label));
        return "protection/transfer-in-form";
    }
}
