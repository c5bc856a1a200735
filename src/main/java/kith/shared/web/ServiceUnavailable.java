package kith.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import kith.shared.database.DatabaseAvailability;
import kith.shared.database.DatabaseOutage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * How Kith answers while its database is unavailable: 503 at once, instead of each request waiting for a
 * connection and failing after the pool's timeout with a 500. An API client gets a problem document (RFC 9457)
 * and may repeat its request (a create with the same {@code Idempotency-Key}); a browser gets the GOV.UK
 * "Sorry, there is a problem with the service" page.
 *
 * <p>Two ways in: {@link Gate} answers before any work when the database is already known to be away, and
 * {@link LostDatabase} answers a request that failed because the database went away under it.
 */
@Configuration(proxyBeanMethods = false)
class ServiceUnavailable {

    /** Before Spring Security (-100), whose sign-in checks and refusal audits need the database too. */
    static final int GATE_ORDER = -110;

    /** Paths that need no database: assets, and the health check, which must be able to say DOWN. */
    private static final List<String> WITHOUT_DATABASE =
            List.of("/assets/", "/css/", "/js/", "/webjars/", "/favicon.ico", "/actuator/health");

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Service unavailable","status":503,\
            "detail":"Kith cannot reach its database just now. Try again in a few seconds; \
            a create sent again with the same Idempotency-Key is not recorded twice."}""";

    @Bean
    FilterRegistrationBean<Gate> serviceUnavailableGate(DatabaseAvailability availability) {
        var registration = new FilterRegistrationBean<>(new Gate(availability));
        registration.setOrder(GATE_ORDER);
        return registration;
    }

    @Bean
    LostDatabase lostDatabase(DatabaseAvailability availability) {
        return new LostDatabase(availability);
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getWriter().write(PROBLEM);
        } else {
            // The container's error page: templates/error/503.html in the usual layout.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * Answers at once while the database is known to be away, and catches what escapes the rest of the chain
     * (a sign-in check or an audit write in Spring Security's filters) when the database went away under it.
     */
    static final class Gate extends OncePerRequestFilter {

        private final DatabaseAvailability availability;

        Gate(DatabaseAvailability availability) {
            this.availability = availability;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!availability.isAvailable() && needsDatabase(request)) {
                answer(request, response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (response.isCommitted() || !DatabaseOutage.isCauseOf(e)) {
                    throw e;
                }
                availability.reportOutage("a request lost its connection");
                response.reset();
                answer(request, response);
            }
        }

        private static boolean needsDatabase(HttpServletRequest request) {
            String path = request.getRequestURI();
            return WITHOUT_DATABASE.stream().noneMatch(path::startsWith);
        }
    }

    /**
     * Ahead of the controller advice (whose catch-all would answer 500) for failures that say the database could
     * not be reached.
     */
    static final class LostDatabase implements HandlerExceptionResolver, Ordered {

        private final DatabaseAvailability availability;

        LostDatabase(DatabaseAvailability availability) {
            this.availability = availability;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception failure) {
            if (!DatabaseOutage.isCauseOf(failure)) {
                return null;
            }
            availability.reportOutage("a request lost its connection");
            try {
                answer(request, response);
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }

        /** Before Spring MVC's own resolvers (order 0), after Boot's recorder of errors (the highest). */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }
}
