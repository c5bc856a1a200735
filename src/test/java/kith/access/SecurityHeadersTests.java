package kith.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.support.FormSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Over real HTTP (the servlet container sets the cookie flags): every page route, signed in or not, answers
 * with the security headers; the session cookie is Secure, HttpOnly and SameSite; signing in gives a new
 * session id.
 */
@KithTest
class SecurityHeadersTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return FormSignIn.sessionCookie(response);
    }

    /** Signs in through the real form; returns the Set-Cookie header of the signed-in session. */
    private String signIn(String username) throws Exception {
        FormSignIn.Result signIn = FormSignIn.signIn(http, "http://localhost:" + port, username);
        assertThat(signIn.response().statusCode()).isEqualTo(302);
        assertThat(signIn.response().headers().firstValue("Location").orElseThrow()).endsWith("/");
        String after = signIn.cookieAfter();
        assertThat(after).as("a new session at sign-in").isNotNull();
        assertThat(after.split(";")[0]).isNotEqualTo(signIn.cookieBefore().split(";")[0]);
        return after;
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteAndRenewedAtSignIn() throws Exception {
        String cookie = signIn("social.worker");
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(sessionCookie(get("/sign-in", null))).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite");
    }

    @Test
    void everyPageRouteSendsTheSecurityHeaders() throws Exception {
        List<String> routes = pageRoutes();
        assertThat(routes).contains("/", "/sign-in", "/people", "/people/new", "/accessibility", "/privacy", "/admin/audit")
                .anyMatch(route -> route.matches("/partnership/practitioners/[0-9a-f-]{36}"));
        List<String> cookies = new ArrayList<>();
        cookies.add(null);
        cookies.add(signIn("social.worker").split(";")[0]);
        cookies.add(signIn("admin").split(";")[0]);
        cookies.add(signIn("health.visitor").split(";")[0]);
        int checked = 0;
        for (String route : routes) {
            for (String cookie : cookies) {
                HttpResponse<String> response = get(route, cookie);
                String where = route + " as " + (cookie == null ? "nobody" : cookie) + " (" + response.statusCode() + ")";
                String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
                assertThat(csp).as(where).contains("frame-ancestors 'none'").contains("default-src 'self'")
                        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
                assertThat(response.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
                assertThat(response.headers().firstValue("Referrer-Policy")).as(where).isPresent();
                assertThat(response.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
                assertThat(response.body()).as(where).doesNotContain("Exception").doesNotContain("at kith.");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(routes.size() * 4);
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isIn(302, 401);
        assertThat(get("/actuator/prometheus", signIn("social.worker").split(";")[0]).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/env", signIn("admin").split(";")[0]).statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentAndItsBrowsablePageAreServedToSignedInUsers() throws Exception {
        String cookie = signIn("social.worker").split(";")[0];
        HttpResponse<String> document = get("/v3/api-docs", cookie);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/people").contains("/api/v1/people/{id}/relationships");
        assertThat(get("/api-docs", cookie).statusCode()).isIn(200, 302);
        assertThat(get("/v3/api-docs", null).statusCode()).isIn(302, 401);
    }

    /** Every GET route of a page controller, with path variables filled by real ids. */
    private List<String> pageRoutes() {
        UUID person = jdbc.sql("SELECT id FROM person p WHERE NOT EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id) LIMIT 1").query(UUID.class).single();
        UUID agency = jdbc.sql("SELECT id FROM agency LIMIT 1").query(UUID.class).single();
        // One with training, so that the practitioner's page shows its table.
        UUID practitioner = jdbc.sql("SELECT practitioner_id FROM practitioner_training LIMIT 1").query(UUID.class).single();
        List<String> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> type = method.getBeanType();
            boolean page = type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class);
            var methods = info.getMethodsCondition().getMethods();
            if (!page || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                String id = pattern.startsWith("/partnership/practitioners/") ? practitioner.toString()
                        : pattern.startsWith("/partnership") ? agency.toString() : person.toString();
                // Other path variables get an id that matches nothing: the answer is a 403 or 404 page,
                // which must carry the headers too.
                routes.add(pattern.replace("{id}", id).replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
            }
        });
        routes.add("/no-such-page");
        return routes;
    }
}
