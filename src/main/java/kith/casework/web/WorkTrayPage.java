package kith.casework.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: each role's work tray. Any signed-in user; what it offers depends on the role. */
@Controller
class WorkTrayPage {

    @GetMapping("/")
    String home() {
        return "casework/home";
    }
}
