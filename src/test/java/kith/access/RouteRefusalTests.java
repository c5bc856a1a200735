package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.KithTest;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who is refused, route by route, for every route of every Kith controller (found by reflection, so that a new
 * module's routes are covered without changing this test):
 * <ul>
 *   <li>nobody signed in gets the sign-in page (pages) or a 401 problem (API), except on the few public pages;
 *   <li>a role without a route's permission gets 403, whatever it sends;
 *   <li>a partner with no working relationship to a child gets 403 on every route of that child's record.
 * </ul>
 */
@KithTest
class RouteRefusalTests {

    // A family's feedback link needs no account (insights.voice); its refusals are in VoiceTests.
    private static final Set<String> PUBLIC = Set.of("/sign-in", "/accessibility", "/privacy", "/error",
            "/feedback/{token}", "/feedback/thank-you");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One route: its method, its pattern, and the permission its handler names (or null). */
    record Route(HttpMethod method, String pattern, Permission permission) {

        String path(UUID id) {
            return pattern.replaceAll("\\{[^}]+}", id.toString());
        }

        MockHttpServletRequestBuilder request(UUID id) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path(id));
            return method == HttpMethod.GET ? request
                    : request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            var source = handler.getBeanType().getProtectionDomain().getCodeSource();
            if (!handler.getBeanType().getName().startsWith("kith.")
                    || (source != null && source.getLocation().getPath().contains("test-classes"))) {
                continue;
            }
            RequiresPermission required = handler.getMethodAnnotation(RequiresPermission.class);
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, required == null ? null : required.value()));
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(60);
        return routes;
    }

    @Test
    void nobodySignedInReachesAnyRouteButThePublicPages() throws Exception {
        List<String> reached = new ArrayList<>();
        for (Route route : routes()) {
            if (PUBLIC.contains(route.pattern())) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(route.request(UUID.randomUUID())).andReturn().getResponse();
            boolean refused = route.api()
                    ? response.getStatus() == 401 && response.getContentType().startsWith("application/problem+json")
                    : response.getStatus() == 302 && response.getRedirectedUrl().endsWith("/sign-in");
            if (!refused) {
                reached.add(route + " answered " + response.getStatus() + " " + response.getRedirectedUrl());
            }
        }
        assertThat(reached).isEmpty();
    }

    @Test
    void aRoleWithoutARoutesPermissionIsRefusedWhateverItSends() throws Exception {
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        List<String> allowed = new ArrayList<>();
        int asked = 0;
        for (Route route : routes()) {
            if (route.permission() == null) {
                continue;
            }
            for (String user : RestrictedRecordLeakTests.USERS) {
                Role role = Role.valueOf(users.role(user));
                if (route.permission().isHeldBy(role)) {
                    continue;
                }
                MockHttpServletResponse response = mvc.perform(route.request(milo).with(users.as(user)))
                        .andReturn().getResponse();
                asked++;
                if (response.getStatus() != 403) {
                    allowed.add(route + " as " + user + " answered " + response.getStatus());
                }
            }
        }
        assertThat(asked).isGreaterThan(100);
        assertThat(allowed).isEmpty();
    }

    @Test
    void aPartnerWithNoRelationshipToAChildIsRefusedOnEveryRouteOfTheirRecord() throws Exception {
        // The school works with none of the Carrows: Milo's Family Help is the health visitor's.
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        List<String> reached = new ArrayList<>();
        int asked = 0;
        for (Route route : routes()) {
            if (!route.pattern().matches("(/api/v1)?/people/\\{id}.*") || route.pattern().contains("/access")) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(route.request(milo).with(users.as("school.dsl")))
                    .andReturn().getResponse();
            asked++;
            if (response.getStatus() != 403) {
                reached.add(route + " answered " + response.getStatus());
            }
        }
        assertThat(asked).isGreaterThan(10);
        assertThat(reached).isEmpty();
    }
}
