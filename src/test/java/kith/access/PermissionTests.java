package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@KithTest
class PermissionTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyHelpMother mother;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private static final Set<RequestMethod> READING = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

    /**
     * Every handler of every Kith controller that changes something names the permission it needs, so that a new
     * module cannot forget. The one exception is administration under /admin/, which the route rule in
     * SecurityConfiguration refuses to everyone but administrators before any handler runs (the audit module
     * cannot name a permission of access, which writes to it); that it is refused is shown here too.
     */
    @Test
    void everyHandlerThatChangesSomethingNamesItsPermission() throws Exception {
        List<String> unnamed = new ArrayList<>();
        List<String> administration = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            // Kith's own handlers; the error page answers any method and changes nothing.
            if (!handler.getBeanType().getName().startsWith("kith.")
                    || ErrorController.class.isAssignableFrom(handler.getBeanType())) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            boolean writes = methods.isEmpty() || !READING.containsAll(methods);
            if (!writes || handler.hasMethodAnnotation(RequiresPermission.class)) {
                continue;
            }
            Set<String> paths = entry.getKey().getPatternValues();
            if (paths.equals(Set.of("/feedback/{token}"))) {
                continue; // a family's answer: the public route's secret link is what allows it (insights.voice)
            }
            if (paths.stream().allMatch(path -> path.startsWith("/admin/"))) {
                administration.addAll(paths);
            } else {
                unnamed.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + " " + paths);
            }
        }
        assertThat(unnamed).as("writing handlers without @RequiresPermission").isEmpty();
        assertThat(mappings.getHandlerMethods().values()).filteredOn(h -> h.hasMethodAnnotation(RequiresPermission.class))
                .hasSizeGreaterThan(40);
        for (String path : administration) {
            mvc.perform(post(path.replaceAll("\\{[^}]+}", "2030-01-02")).with(users.as("team.manager")).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    /**
     * The check runs before Spring reads the request: a role that may not make the change is refused with 403,
     * never the 400 of its malformed body nor the 412 of its wrong If-Match, whether or not the record exists,
     * so the answer tells it nothing. The refusal is audited, naming the record.
     */
    @Test
    void aRoleThatMayNotWriteIsRefusedBeforeItsRequestIsRead() throws Exception {
        UUID child = mother.child("Refused", "Beforehand");
        for (UUID id : List.of(child, UUID.randomUUID())) {
            // Changing a person's details is the council's (partners propose corrections): CHANGE_PEOPLE.
            long before = AuditLog.count(jdbc, "analyst", "PERSON_CHANGE_REFUSED", "REFUSED");
            mvc.perform(put("/api/v1/people/" + id).with(users.as("analyst")).with(csrf()).header("If-Match", "W/\"99\"")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"givenName\": 5, \"aliases\": [null"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(AuditLog.count(jdbc, "analyst", "PERSON_CHANGE_REFUSED", "REFUSED")).isEqualTo(before + 1);
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM audit_entry WHERE username = 'analyst' AND outcome = 'REFUSED'
                              AND CAST(:id AS uuid) = ANY(subject_ids)""")
                    .param("id", id).query(Long.class).single()).isPositive();
        }
        // A practitioner may record people but not decide referrals: refused before the body or version is read.
        mvc.perform(post("/api/v1/referrals/" + UUID.randomUUID() + "/decision").with(users.as("social.worker"))
                        .with(csrf()).header("If-Match", "not a version").contentType(MediaType.TEXT_PLAIN).content("?"))
                .andExpect(status().isForbidden());
        // Pages alike: a partner posting the front door's form, with a field no form has.
        mvc.perform(post("/front-door/contacts/new").with(users.as("police.officer")).with(csrf())
                        .param("children[99999].givenName", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRoleTableIsWhatThePolicySays() {
        assertThat(Permission.FIND_PEOPLE.isHeldBy(Role.ADMINISTRATOR)).isTrue();
        assertThat(Permission.RECORD_PEOPLE.isHeldBy(Role.ADMINISTRATOR)).isFalse();
        assertThat(Permission.OPEN_RECORDS.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.TEAM_MANAGER,
                Role.FRONT_DOOR, Role.CONFERENCE_CHAIR, Role.PARTNER_PRACTITIONER);
        assertThat(Permission.WORK_THE_FRONT_DOOR.roles()).containsExactlyInAnyOrder(Role.FRONT_DOOR, Role.TEAM_MANAGER);
        assertThat(Permission.MANAGE_FAMILY_HELP.roles()).containsExactly(Role.TEAM_MANAGER);
        assertThat(Permission.CHANGE_PEOPLE.roles()).as("the council only: partners propose corrections")
                .containsExactlyInAnyOrder(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.FRONT_DOOR, Role.CONFERENCE_CHAIR);
        assertThat(Permission.USE_PARTNER_PAGES.roles()).containsExactly(Role.PARTNER_PRACTITIONER);
        assertThat(Permission.SEE_MEASURES.roles()).as("counts naming no one").containsExactly(Role.PERFORMANCE_ANALYST);
        for (Permission permission : Permission.values()) {
            assertThat(permission.isHeldBy(Role.PERFORMANCE_ANALYST)).as("analysts work with figures, not records: "
                    + permission.name()).isEqualTo(permission == Permission.SEE_MEASURES
                    || permission == Permission.MAKE_RETURNS || permission == Permission.SEE_VOICE);
            assertThat(permission.isHeldBy(null)).as(permission.name()).isFalse();
        }
    }
}
