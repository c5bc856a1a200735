package kith.insights.voice.web;

import java.util.List;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.voice.Question;
import kith.insights.voice.VoiceResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What families and staff said, by month, for team managers and performance analysts; what they wrote for managers
 * only. The figures are published figures (small counts as "c"), so the page may be shared.
 */
@Controller
class VoiceResultsPage {

    private final VoiceResults results;

    VoiceResultsPage(VoiceResults results) {
        this.results = results;
    }

    @RequiresPermission(Permission.SEE_VOICE)
    @GetMapping("/insights/voice")
    String results(Model model) {
        model.addAttribute("months", results.monthly());
        model.addAttribute("familyQuestions", Question.FAMILY);
        model.addAttribute("staffQuestions", Question.STAFF);
        model.addAttribute("comments", results.mayReadComments() ? results.comments() : List.of());
        model.addAttribute("showComments", results.mayReadComments());
        return "insights/voice/results";
    }
}
