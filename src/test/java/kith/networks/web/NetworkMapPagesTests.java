package kith.networks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.networks.Closeness;
import kith.networks.NetworksMother;
import kith.networks.TieKind;
import kith.people.RelationshipType;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The network map page, its forms and its API: the ecomap and the genogram with the table beside them, the GOV.UK
 * error pattern, a conflict on a stale version, and refusals (no one signed in, the wrong role, a partner who does
 * not work with the child: 403, audited).
 */
@KithTest
class NetworkMapPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired NetworksMother mother;
    @Autowired FamilyHelpMother familyHelp;

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMapDrawsEveryoneAndTheTableSaysTheSame() throws Exception {
        UUID child = mother.child("Ivy", "Thornbury");
        UUID gran = mother.member(child, "Maud", "Thornbury", RelationshipType.GRANDPARENT, Closeness.VERY_CLOSE,
                TieKind.STRONG);
        UUID mum = mother.member(child, "Jess", "Thornbury", RelationshipType.PARENT, Closeness.CLOSE, TieKind.STRESSFUL);
        mother.member(child, "Pat", "Neighbour", RelationshipType.NEIGHBOUR, Closeness.DISTANT, TieKind.WEAK);
        mother.tie(mum, gran, RelationshipType.PARENT);

        String ecomap = page("social.worker", "/people/" + child + "/network");
        assertThat(ecomap).contains("role=\"img\"", "aria-labelledby=\"network-map-title network-map-desc\"",
                "data-person=\"Maud Thornbury\"", "data-style=\"strong\"", "data-style=\"stressful\"",
                "data-style=\"weak\"", "Friends and community", "Key to the lines", "Neighbour",
                "Likes going to the park with them", "School runs on Tuesdays", "Add someone to the network");
        String genogram = page("social.worker", "/people/" + child + "/network?view=genogram");
        assertThat(genogram).contains("data-view=\"genogram\"", "data-tie=\"m1-m2\"", "Ties between people in the network");
        // A partner who works with the child reads the map, without the forms.
        UUID led = familyHelp.episodeLedByHealthVisitor("Kit", "Umber", ReferralDecision.TARGETED_EARLY_HELP).people().stream()
                .filter(p -> p.child()).findFirst().orElseThrow().id();
        assertThat(page("health.visitor", "/people/" + led + "/network")).contains("Grace Adeyemi", "Lead practitioner")
                .doesNotContain("Add someone to the network");
        assertThat(AuditLog.count(jdbc, "health.visitor", "FAMILY_NETWORK_VIEWED", "ALLOWED")).isPositive();
    }

    @Test
    void addingSomeoneNewThroughTheFormMakesThemAPersonAndProblemsAreShownAtTheFields() throws Exception {
        UUID child = mother.child("Jo", "Vale");
        String refused = mvc.perform(post("/people/" + child + "/network/members").with(users.as("social.worker"))
                        .with(csrf()).param("personId", "new").param("kind", "ADULT").param("familyName", "Vale")
                        .param("canHelp", "YES"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter a given name", "Select who they are to the child",
                "Select how close they are to the child", "Write how they can help", "href=\"#givenName\"");
        assertThat(page("social.worker", "/people/" + child + "/network")).doesNotContain("data-key=\"m1\"");

        mvc.perform(post("/people/" + child + "/network/members").with(users.as("social.worker")).with(csrf())
                        .param("personId", "new").param("kind", "ADULT").param("givenName", "Lou")
                        .param("familyName", "Vale").param("relationship", "GODPARENT").param("closeness", "CLOSE")
                        .param("tie", "MODERATE").param("canHelp", "NOT_ASKED"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/people/" + child + "/network"));
        assertThat(page("social.worker", "/people/" + child + "/network")).contains("Lou Vale", "Godparent");
    }

    @Test
    void aChangeFromAStaleVersionIsAConflict() throws Exception {
        UUID child = mother.child("Kay", "Wren");
        UUID uncle = mother.member(child, "Len", "Wren", RelationshipType.AUNT_OR_UNCLE);
        String path = "/people/" + child + "/network/members/" + uncle;
        assertThat(page("social.worker", path)).contains("Change what Len Wren means to the child");
        mvc.perform(post(path).with(users.as("social.worker")).with(csrf()).param("version", "0")
                        .param("relationship", "AUNT_OR_UNCLE").param("closeness", "VERY_CLOSE").param("tie", "STRONG")
                        .param("canHelp", "NO"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path).with(users.as("team.manager")).with(csrf()).param("version", "0")
                        .param("relationship", "AUNT_OR_UNCLE").param("closeness", "DISTANT").param("tie", "WEAK")
                        .param("canHelp", "NO"))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/remove").with(users.as("team.manager")).with(csrf()).param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void theApiReadsChangesAndRemovesWithETags() throws Exception {
        UUID child = mother.child("Lia", "Yarrow");
        String created = mvc.perform(post("/api/v1/people/" + child + "/network/members").with(users.as("social.worker"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPerson\": {\"kind\": \"ADULT\", \"givenName\": \"Max\", \"familyName\": \"Yarrow\"},"
                                + " \"relationship\": \"PARENT\", \"closeness\": \"CLOSE\", \"tie\": \"STRONG\","
                                + " \"canHelp\": \"MAYBE\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get("/api/v1/people/" + child + "/network").with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.members[0].person.name").value("Max Yarrow"));
        String body = "{\"relationship\": \"PARENT\", \"closeness\": \"VERY_CLOSE\", \"tie\": \"MODERATE\", \"canHelp\": \"NO\"}";
        mvc.perform(put(created).with(users.as("social.worker")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put(created).with(users.as("social.worker")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(created).with(users.as("social.worker")).with(csrf()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relationship\": \"PARENT\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(delete(created).with(users.as("social.worker")).with(csrf()).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
    }

    @Test
    void everyRouteIsRefusedToThoseWhoMayNotUseIt() throws Exception {
        UUID child = mother.child("Mo", "Zennor");
        UUID aunt = mother.member(child, "Nan", "Zennor", RelationshipType.AUNT_OR_UNCLE);
        String map = "/people/" + child + "/network";
        String member = map + "/members/" + aunt;
        mvc.perform(get(map)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1" + map)).andExpect(status().isUnauthorized());
        for (String user : new String[] {"analyst", "admin", "health.visitor"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(get(map).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1" + map).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(map + "/members/new").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post(member).with(users.as(user)).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1" + member).with(users.as(user)).with(csrf()).header("If-Match", "\"0\""))
                    .andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).isGreaterThan(before);
        }
    }
}
