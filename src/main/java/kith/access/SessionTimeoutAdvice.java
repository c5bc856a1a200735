package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the timeout warning needs on every signed-in page's model as {@code sessionTimeout}: the session's
 * idle timeout and time left, when to warn, who is signed in (drafts kept on the device are theirs alone), and the
 * page to come back to after signing in again. Null when nobody is signed in with a session.
 */
@ControllerAdvice
class SessionTimeoutAdvice {

    /** The layout writes these on the page for {@code session.js}. */
    record SessionTimeout(String username, long idleSeconds, long absoluteSecondsLeft, long warningSeconds,
            String returnPath) {}

    private final SessionLimits limits;

    SessionTimeoutAdvice(SessionLimits limits) {
        this.limits = limits;
    }

    @ModelAttribute("sessionTimeout")
    SessionTimeout sessionTimeout(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof KithUser user)) {
            return null;
        }
        SessionLimits.Left left = limits.of(request.getSession(false));
        return left == null ? null : new SessionTimeout(user.getUsername(), left.idleSeconds(),
                left.absoluteSecondsLeft(), left.warningSeconds(), SessionLimits.returnPath(request));
    }
}
