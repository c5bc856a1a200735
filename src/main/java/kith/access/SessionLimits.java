package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session has left, for the timeout warning: the idle timeout (the container's
 * {@code server.servlet.session.timeout}, as this session holds it) and the absolute one (twelve hours from
 * sign-in, {@link AbsoluteSessionTimeout}), whichever ends sooner. The warning comes {@code kith.session.warning}
 * before the end, or halfway through a session shorter than twice that.
 */
@Component
class SessionLimits {

    /**
     * What a page tells its timeout warning: the idle timeout, the seconds until the twelve hours end, and how long
     * before the end to warn.
     */
    record Left(long idleSeconds, long absoluteSecondsLeft, long warningSeconds) {

        /** The seconds left if the session is not used again: whichever limit comes first. */
        long secondsLeft() {
            return Math.min(idleSeconds, absoluteSecondsLeft);
        }
    }

    private final Duration absoluteTimeout;
    private final Duration warning;
    private final Clock clock;

    SessionLimits(@Value("${kith.session.absolute-timeout:12h}") Duration absoluteTimeout,
            @Value("${kith.session.warning:5m}") Duration warning, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.warning = warning;
        this.clock = clock;
    }

    /** The session's time left, or null when it has no idle timeout (or there is none). */
    Left of(HttpSession session) {
        if (session == null || session.getMaxInactiveInterval() <= 0) {
            return null;
        }
        long idle = session.getMaxInactiveInterval();
        long absoluteLeft = Math.max(0, (session.getCreationTime() + absoluteTimeout.toMillis() - clock.millis()) / 1000);
        return new Left(idle, absoluteLeft, Math.min(warning.toSeconds(), idle / 2));
    }

    /**
     * The page to come back to after signing in again: this page when it was asked for with GET, else the page the
     * form was on (the {@code Referer}, as a path on Kith only), else the home page.
     */
    static String returnPath(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return request.getQueryString() == null ? request.getRequestURI()
                    : request.getRequestURI() + "?" + request.getQueryString();
        }
        return localPath(request.getHeader("Referer"));
    }

    /** The path and query of an address, if it is a plain path on this site; else the home page. */
    static String localPath(String address) {
        if (address == null) {
            return "/";
        }
        try {
            URI uri = URI.create(address);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }
}
