package kith.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every service has: accessibility statement and privacy notice (open to everyone). */
@Controller
class SitePages {

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }
}
