package kith.casework.web;

import kith.access.RecordAccess;
import kith.casework.Measures;
import kith.casework.YourWork;
import kith.insights.voice.VoicePrompts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: each role's work tray. Any signed-in user; what it offers depends on the role. Practitioners,
 * managers and partner practitioners see the families they work with, what is due and what changed; managers
 * also the decisions waiting for them; performance analysts this month's measures.
 */
@Controller
class WorkTrayPage {

    private final YourWork work;
    private final Measures measures;
    private final RecordAccess access;
    private final VoicePrompts voice;

    WorkTrayPage(YourWork work, Measures measures, RecordAccess access, VoicePrompts voice) {
        this.work = work;
        this.measures = measures;
        this.access = access;
        this.voice = voice;
    }

    @GetMapping("/")
    String home(Model model) {
        YourWork.Items items = work.items();
        model.addAttribute("families", items.families());
        model.addAttribute("decisions", items.decisions());
        model.addAttribute("measures", access.maySeeMeasures() ? measures.now() : null);
        // The staff pulse survey while not answered this month, and families waiting for a feedback link.
        model.addAttribute("voice", voice.forCurrentUser());
        model.addAttribute("maySeeVoice", access.holds(kith.access.Permission.SEE_VOICE));
        return "casework/home";
    }
}
