package kith.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form posts to Spring Security. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "timed-out", required = false) String timedOut,
            Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // One message for every failure: it must not tell an unknown name from a wrong password.
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        // Kith ended the session (idle too long, or twelve hours since signing in); the page asked for comes next.
        model.addAttribute("timedOut", timedOut != null && error == null);
        return "access/sign-in";
    }
}
