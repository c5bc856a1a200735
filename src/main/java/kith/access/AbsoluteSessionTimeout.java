package kith.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session twelve hours after sign-in however active it has been (the idle timeout of thirty minutes is
 * the servlet container's). Runs before Spring Security reads the session, so the request continues as a
 * signed-out one and is sent to sign in again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final Duration absoluteTimeout;
    private final Clock clock;

    AbsoluteSessionTimeout(@Value("${kith.session.absolute-timeout:12h}") Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session.getCreationTime())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    boolean expired(long creationTimeMillis) {
        return clock.millis() - creationTimeMillis > absoluteTimeout.toMillis();
    }
}
