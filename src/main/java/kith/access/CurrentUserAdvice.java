package kith.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user on every page's model for the header (name, agency, role). */
@ControllerAdvice
class CurrentUserAdvice {

    /** What the header shows of the signed-in user. */
    record CurrentUser(String username, String name, String agency, String role, String roleCode, boolean partner) {}

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KithUser user) {
            return new CurrentUser(
                    user.getUsername(),
                    user.actor().displayName(),
                    user.actor().agencyName(),
                    user.role().label(),
                    user.role().name(),
                    user.role() == Role.PARTNER_PRACTITIONER);
        }
        return null;
    }
}
