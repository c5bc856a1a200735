package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.DemoMode;
import kith.shared.web.PublicAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in, sessions and the security headers of every response. Which records a user may see is not decided
 * here but in {@link RecordAccess}; this class only says which routes need a signed-in user or an
 * administrator.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    // No 'unsafe-inline' anywhere: every script and style is a file served by Kith.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditTrail audit, Environment environment,
            PasswordSignIn passwordSignIn, PublicAddress publicAddress) throws Exception {
        AuthenticationEntryPoint apiEntryPoint = auditing(audit, new ProblemEntryPoint(DemoMode.isOn(environment)));
        // Relative, so that the client's Host header never comes back in the Location header.
        var signInPage = new SignInPage();
        signInPage.setFavorRelativeUris(true);
        AuthenticationEntryPoint pageEntryPoint = auditing(audit, signInPage);
        // The form and HTTP Basic both go through the throttle, and nothing else checks a password.
        http.authenticationManager(new ProviderManager(passwordSignIn));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/sign-in", "/accessibility", "/privacy", "/error")
                        .permitAll()
                        // A family's feedback link needs no account (insights.voice): this path only, one segment.
                        .requestMatchers("/feedback/*")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/partnership", "/partnership/**")
                        .hasAnyRole(Role.PRACTITIONER.name(), Role.TEAM_MANAGER.name(), Role.FRONT_DOOR.name(),
                                Role.CONFERENCE_CHAIR.name(), Role.PERFORMANCE_ANALYST.name(), Role.ADMINISTRATOR.name())
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**", "/admin/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .successHandler(new SignInSuccessHandler(publicAddress))
                        .failureHandler(new SignInFailureHandler(publicAddress)))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessHandler((request, response, authentication) ->
                                response.sendRedirect(publicAddress.of("/sign-in?signed-out")))
                        .deleteCookies("KITH_SESSION"))
                // A new session id at sign-in, nothing carried over from before it.
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.newSession()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> API.matches(request)
                        && request.getHeader("Authorization") != null))
                // HSTS only on secure requests: HTTPS here, or at a trusted proxy (shared.web.TrustedProxies).
                .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, API)
                        .defaultAuthenticationEntryPointFor(pageEntryPoint, request -> true)
                        .accessDeniedHandler(new AuditingAccessDeniedHandler(audit)));
        if (DemoMode.isOn(environment)) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint));
        }
        return http.build();
    }

    static AuthenticationEntryPoint auditing(AuditTrail audit, AuthenticationEntryPoint delegate) {
        return (request, response, exception) -> {
            if (exception instanceof InternalAuthenticationServiceException) {
                // Kith could not check the credentials (its database is away): 503, like any request then, and
                // nothing to audit (the trail is in the same database).
                response.setHeader("Retry-After", "5");
                if (API.matches(request)) {
                    Problems.write(response, 503, "Service unavailable",
                            "Kith cannot reach its database just now. Nothing was saved. Try again in a few seconds.");
                } else {
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                }
                return;
            }
            audit.recordRefusal(AuditRecord.refused("UNAUTHENTICATED_REQUEST", List.of(), null));
            delegate.commence(request, response, exception);
        };
    }

    /** 401 for the API as a problem document; in the demo configuration it invites HTTP Basic. */
    static final class ProblemEntryPoint implements AuthenticationEntryPoint {
        private final boolean basic;

        ProblemEntryPoint(boolean basic) {
            this.basic = basic;
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            if (basic) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Kith\"");
            }
            Problems.write(response, 401, "Sign in required", "Sign in to use the Kith API.");
        }
    }

    /**
     * The sign-in page, saying "we signed you out" when the browser came with a session that has ended (timed out,
     * or past the twelve hours): the page asked for is kept, and comes back after signing in.
     */
    static final class SignInPage extends LoginUrlAuthenticationEntryPoint {

        SignInPage() {
            super("/sign-in");
        }

        @Override
        protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) {
            return sessionEnded(request) ? "/sign-in?timed-out" : "/sign-in";
        }
    }

    /** Marks the session that replaces an ended one, so that the sign-in page can say the session ended. */
    static final String SESSION_ENDED = "kith.sessionEnded";

    /**
     * The browser sent a session that is no longer there (signing out deletes the cookie, so this is a timeout), or
     * one that Kith started in place of it (a CSRF token needs a session).
     */
    static boolean sessionEnded(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            return true;
        }
        var session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_ENDED) != null;
    }

    /**
     * Audits the refusal, then answers 403 as a problem (API) or the GOV.UK 403 page. A page's form sent after its
     * session ended fails only for want of the session's CSRF token: that is not a refusal of the user's right but
     * the end of their sign-in, so it goes back (through sign-in) to the page the form was on, or for htmx (a draft
     * saved as they type) answers 401, which the page shows as "you have been signed out".
     */
    static final class AuditingAccessDeniedHandler implements AccessDeniedHandler {
        private final AuditTrail audit;

        AuditingAccessDeniedHandler(AuditTrail audit) {
            this.audit = audit;
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
                throws IOException {
            audit.recordRefusal(AuditRecord.refused("ROUTE_REFUSED", List.of(), e.getClass().getSimpleName()));
            if (!API.matches(request) && e instanceof MissingCsrfTokenException && !request.isRequestedSessionIdValid()) {
                // Reading the token started a new session in place of the ended one: it remembers why.
                request.getSession().setAttribute(SESSION_ENDED, true);
                if (request.getHeader("HX-Request") != null) {
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(SessionLimits.localPath(request.getHeader("Referer")));
                }
                return;
            }
            if (API.matches(request)) {
                Problems.write(response, 403, "Forbidden", "You do not have access to this.");
            } else {
                response.sendError(403);
            }
        }
    }
}
