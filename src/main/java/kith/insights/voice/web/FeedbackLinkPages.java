package kith.insights.voice.web;

import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.voice.FeedbackInvitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The families waiting for a feedback link from the practitioner who leads their work, and making a family's link.
 * The link is shown once, just after it is made (Kith keeps only its hash); the practitioner gives it to the family
 * however suits them, since Kith sends no texts or emails.
 */
@Controller
class FeedbackLinkPages {

    static final String PATH = "/feedback-links";

    private final FeedbackInvitations invitations;

    FeedbackLinkPages(FeedbackInvitations invitations) {
        this.invitations = invitations;
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("invitations", invitations.yours());
        return "insights/voice/links";
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @GetMapping(PATH + "/{id}")
    String invitation(@PathVariable UUID id, Model model) {
        model.addAttribute("invitation", invitations.invitation(id));
        return "insights/voice/link";
    }

    @RequiresPermission(Permission.OPEN_RECORDS)
    @PostMapping(PATH + "/{id}/link")
    String makeLink(@PathVariable UUID id, RedirectAttributes redirect) {
        invitations.makeLink(id).ifPresentOrElse(link -> redirect.addFlashAttribute("link", link),
                () -> redirect.addFlashAttribute("noLink", true));
        return "redirect:" + PATH + "/" + id;
    }
}
