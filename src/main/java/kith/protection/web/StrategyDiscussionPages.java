package kith.protection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.frontdoor.LawfulBasis;
import kith.partnership.PartnershipDirectory;
import kith.people.Identity;
import kith.protection.AgencyType;
import kith.protection.FamilyChildProtection;
import kith.protection.StrategyDiscussion;
import kith.protection.StrategyDiscussions;
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
 * Recording a strategy discussion held for a family, on one page, and reading it back with the warnings about the
 * agencies that did not take part. A discussion that decides on a section 47 enquiry starts one for each child, and
 * its page links to them.
 */
@Controller
class StrategyDiscussionPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final StrategyDiscussions discussions;
    private final FamilyChildProtection work;
    private final PartnershipDirectory partnership;
    private final Forms forms;

    StrategyDiscussionPages(StrategyDiscussions discussions, FamilyChildProtection work, PartnershipDirectory partnership,
            Forms forms) {
        this.discussions = discussions;
        this.work = work;
        this.partnership = partnership;
        this.forms = forms;
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @GetMapping("/child-protection/strategy-discussions/new")
    String form(@RequestParam UUID episode, Model model) {
        return page(model, episode, new DiscussionForm());
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @PostMapping("/child-protection/strategy-discussions")
    String record(@RequestParam UUID episode, @ModelAttribute("form") DiscussionForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UUID id;
        try {
            id = forms.write(DiscussionForm.FIELDS, input -> discussions.record(form.read(input, episode)));
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(model, episode, form);
        }
        redirect.addFlashAttribute("saved", "The strategy discussion has been recorded");
        return "redirect:/child-protection/strategy-discussions/" + id;
    }

    @GetMapping("/child-protection/strategy-discussions/{id}")
    String discussion(@PathVariable UUID id, Model model) {
        StrategyDiscussion.View discussion = discussions.open(id);
        model.addAttribute("discussion", discussion);
        model.addAttribute("childNames", String.join(", ", discussion.children().stream().map(Identity::name).toList()));
        Map<UUID, String> names = discussion.children().stream().filter(child -> child.id() != null)
                .collect(Collectors.toMap(Identity::id, Identity::name));
        model.addAttribute("enquiryNames", discussion.enquiries().stream().collect(Collectors.toMap(
                StrategyDiscussion.EnquiryStarted::enquiryId,
                e -> names.getOrDefault(e.childId(), Identity.RESTRICTED_RECORD))));
        model.addAttribute("followsUpLinked", discussion.followsUpId() != null
                && discussions.mayOpen(discussion.followsUpId()));
        return "protection/discussion";
    }

    private String page(Model model, UUID episodeId, DiscussionForm form) {
        FamilyChildProtection.View family = work.open(episodeId);
        model.addAttribute("work", family);
        model.addAttribute("form", form);
        // Only children who may be shown: a restricted child the user is not named on cannot be ticked by them.
        model.addAttribute("children", family.children().stream().filter(child -> child.id() != null)
                .map(child -> new Option(child.id().toString(), child.name())).toList());
        model.addAttribute("kinds", Option.of(StrategyDiscussion.Kind.values(), StrategyDiscussion.Kind::label));
        List<StrategyDiscussions.Summary> waiting = discussions.waitingForAMeeting(episodeId);
        model.addAttribute("waiting", waiting.stream()
                .map(phone -> new Option(phone.id().toString(), "Urgent discussion by phone on " + phone.heldOn().format(DAY)))
                .toList());
        model.addAttribute("practitioners", Option.of(partnership.practitionersWhoWorkWithFamilies(),
                p -> p.id().toString(), p -> p.fullName() + ", " + p.jobTitle() + ", " + p.agencyName()));
        model.addAttribute("agencyTypes", Option.of(AgencyType.values(), AgencyType::label));
        model.addAttribute("lawfulBases", Option.of(LawfulBasis.values(), LawfulBasis::label));
        // The meeting after an urgent phone discussion says which one it follows; shown while one waits for it.
        model.addAttribute("showFollowUp", !waiting.isEmpty()
                || !FormValues.blank(form.getFollowsUpId()) || !FormValues.blank(form.getLateReason()));
        return "protection/discussion-form";
    }
}
