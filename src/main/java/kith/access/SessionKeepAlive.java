package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Stay signed in": a request that does nothing but reach the session, which the container then counts as used, so
 * that the idle timeout starts again without the page being reloaded. Any signed-in user (the route rule in
 * {@link SecurityConfiguration}); nobody else gets past sign-in. It reads and changes no record, so it is neither
 * audited nor named in {@link Permission}. Answers how many seconds the session now has left, which is less than
 * the idle timeout when the twelve-hour limit comes first.
 */
@Controller
class SessionKeepAlive {

    private final SessionLimits limits;

    SessionKeepAlive(SessionLimits limits) {
        this.limits = limits;
    }

    @GetMapping("/session/keep-alive")
    ResponseEntity<Map<String, Long>> keepAlive(HttpServletRequest request) {
        SessionLimits.Left left = limits.of(request.getSession(false));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("secondsLeft", left == null ? 0 : left.secondsLeft()));
    }
}
