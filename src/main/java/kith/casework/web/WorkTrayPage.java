package kith.casework.web;

import kith.casework.WorkTray;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: each role's work tray. Any signed-in user; what it offers depends on the role. Practitioners,
 * managers and partner practitioners see the families they work with, what is due and what changed.
 */
@Controller
class WorkTrayPage {

    private final WorkTray tray;

    WorkTrayPage(WorkTray tray) {
        this.tray = tray;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("families", tray.families());
        return "casework/home";
    }
}
