package kith.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages that fail, in the test sources only, so that {@link ErrorPagesTests} can show what a user sees when
 * something breaks: before the page is rendered, and halfway through rendering it.
 */
@Controller
class FailingPages {

    static final String SECRET = "connection to 10.0.0.7 refused for user kith_app";

    @GetMapping("/test-only/fails")
    String fails() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/test-only/fails-while-rendering")
    String failsWhileRendering(Model model) {
        model.addAttribute("trap", new Trap());
        return "test-only/fails-while-rendering";
    }

    /** Read by the template after it has produced most of its markup. */
    static final class Trap {
        public String spring() {
            throw new IllegalStateException(SECRET);
        }
    }
}
