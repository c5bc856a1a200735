package kith.insights.voice.web;

import jakarta.servlet.http.HttpServletResponse;
import kith.insights.voice.FamilyFeedback;
import kith.insights.voice.LinkState;
import kith.insights.voice.Question;
import kith.shared.web.FormRefused;
import kith.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The family's feedback page, for whoever holds the link: no account (the route is public in the security
 * configuration, this path only), so it shows nothing about the child or the family, whoever holds the link may not
 * be them. A link answers once; after that it is "already used" (410), and a link that was never made, was replaced
 * or has expired is "not found" (404), without saying which. Nothing is saved on a refusal.
 */
@Controller
class FamilyFeedbackPage {

    static final String THANK_YOU = "/feedback/thank-you";

    private final FamilyFeedback feedback;
    private final Forms forms;

    FamilyFeedbackPage(FamilyFeedback feedback, Forms forms) {
        this.feedback = feedback;
        this.forms = forms;
    }

    @GetMapping("/feedback/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        LinkState state = feedback.linkState(token);
        if (state != LinkState.OPEN) {
            return refused(state, response);
        }
        return page(token, SurveyForm.empty(), model);
    }

    // Public, so it names no permission: holding the link is what lets a family answer (PermissionTests knows).
    @PostMapping("/feedback/{token}")
    String answer(@PathVariable String token, @ModelAttribute("form") SurveyForm form, Model model,
            HttpServletResponse response) {
        LinkState state = feedback.linkState(token);
        if (state != LinkState.OPEN) {
            return refused(state, response); // before the answers are read: a used link hears only that
        }
        try {
            forms.run(SurveyForm.FAMILY, input -> feedback.answer(token, form.answers(input, Question.FAMILY)));
        } catch (FamilyFeedback.LinkNotOpen refused) {
            return refused(refused.state(), response);
        } catch (FormRefused refused) {
            refused.shownOn(model, response);
            return page(token, form, model);
        }
        return "redirect:" + THANK_YOU;
    }

    @GetMapping(THANK_YOU)
    String thankYou() {
        return "insights/voice/thank-you";
    }

    private static String page(String token, SurveyForm form, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("questions", Question.FAMILY);
        model.addAttribute("scale", SurveyForm.SCALE);
        return "insights/voice/family";
    }

    private static String refused(LinkState state, HttpServletResponse response) {
        if (state == LinkState.USED) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "insights/voice/link-used";
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "insights/voice/link-not-found";
    }
}
