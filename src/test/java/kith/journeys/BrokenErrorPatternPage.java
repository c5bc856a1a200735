package kith.journeys;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page, in the test sources only, that breaks the GOV.UK error pattern, so that the browser's check can be seen to fail. */
@Controller
class BrokenErrorPatternPage {

    @GetMapping("/test-only/broken-errors")
    String page() {
        return "test-only/broken-errors";
    }
}
