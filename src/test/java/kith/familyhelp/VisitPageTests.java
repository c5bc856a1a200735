package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.casework.Chronology;
import kith.casework.ChronologyEntry;
import kith.frontdoor.ReferralDecision;
import kith.support.AuditLog;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Visit notes cannot be read back": a recorded visit has its own page and API answer with what was said and seen
 * and what happens next, linked from its episode and its chronology entry; it opens for whoever may open the
 * episode's children and no one else, and reading it is audited.
 */
@KithTest
class VisitPageTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyHelpMother mother;
    @Autowired Visits visits;
    @Autowired Chronology chronology;

    record Recorded(EpisodeView episode, UUID child, UUID visit) {}

    /** A visit to a family the health visitor leads, recorded by her, with notes over two lines. */
    private Recorded visitTo(String given, String family) {
        EpisodeView episode = mother.episodeLedByHealthVisitor(given, family, ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = episode.children().get(0).id();
        UUID visit = users.call("health.visitor", () -> visits.record(episode.id(), new Visits.VisitRecord(
                LocalDate.now(ZoneId.of("Europe/London")).minusDays(1), "HOME_VISIT", List.of(child), true,
                given + " and her dad", given + " showed me her new bike.\nDad says the rent is paid.",
                "Call the school about " + given + "'s reading")));
        return new Recorded(episode, child, visit);
    }

    @Test
    void aVisitIsReadBackInFullAndTheViewIsAuditedNamingTheVisitAndTheChild() throws Exception {
        Recorded recorded = visitTo("Ivy", "Readback");
        long viewsBefore = AuditLog.count(jdbc, "health.visitor", "VISIT_VIEWED", "ALLOWED");

        mvc.perform(get("/family-help/visits/" + recorded.visit()).with(users.as("health.visitor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Home visit on")))
                .andExpect(content().string(Matchers.containsString("Ivy showed me her new bike.\nDad says the rent is paid.")))
                .andExpect(content().string(Matchers.containsString("Call the school about Ivy&#39;s reading")))
                .andExpect(content().string(Matchers.containsString("Ivy and her dad")))
                .andExpect(content().string(Matchers.containsString("href=\"/people/" + recorded.child() + "\"")))
                .andExpect(content().string(Matchers.containsString("Grace Adeyemi")));

        assertThat(AuditLog.count(jdbc, "health.visitor", "VISIT_VIEWED", "ALLOWED")).isEqualTo(viewsBefore + 1);
        List<UUID> subjects = jdbc.sql("""
                        SELECT unnest(subject_ids) FROM audit_entry WHERE position = (SELECT max(position) FROM audit_entry
                          WHERE username = 'health.visitor' AND action = 'VISIT_VIEWED')""")
                .query(UUID.class).list();
        assertThat(subjects).contains(recorded.visit(), recorded.episode().id(), recorded.child());

        mvc.perform(get("/api/v1/visits/" + recorded.visit()).with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.whatWasSaid").value("Ivy showed me her new bike.\nDad says the rent is paid."))
                .andExpect(jsonPath("$.whatNext").value("Call the school about Ivy's reading"))
                .andExpect(jsonPath("$.childrenSeen[0].name").value("Ivy Readback"))
                .andExpect(jsonPath("$.episodeId").value(recorded.episode().id().toString()));
    }

    @Test
    void theEpisodeAndTheChronologyLinkToTheVisit() throws Exception {
        Recorded recorded = visitTo("Rosa", "Linkwell");
        String link = "/family-help/visits/" + recorded.visit();

        mvc.perform(get("/family-help/" + recorded.episode().id()).with(users.as("health.visitor")))
                .andExpect(content().string(Matchers.containsString("href=\"" + link + "\"")));
        // The chronology is written from the event after commit.
        await().atMost(Duration.ofSeconds(10)).until(() -> users.call("social.worker",
                () -> chronology.forChild(recorded.child(), java.util.Set.of())).stream().anyMatch(e -> e.kind().equals("VISIT")));
        ChronologyEntry entry = users.call("social.worker", () -> chronology.forChild(recorded.child(), java.util.Set.of())).stream()
                .filter(e -> e.kind().equals("VISIT")).findFirst().orElseThrow();
        assertThat(entry.link()).isEqualTo(link);
        mvc.perform(get("/people/" + recorded.child() + "/chronology").with(users.as("social.worker")))
                .andExpect(content().string(Matchers.containsString("href=\"" + link + "\"")));
    }

    @Test
    void nobodyElseReadsIt() throws Exception {
        Recorded recorded = visitTo("Nell", "Guarded");
        String page = "/family-help/visits/" + recorded.visit();
        String api = "/api/v1/visits/" + recorded.visit();

        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        // The school and the police have no working relationship with the family; analysts and administrators work
        // with figures and access, not records.
        for (String user : List.of("school.dsl", "police.officer", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(page).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get(api).with(users.as(user))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusals are audited").isEqualTo(refusals + 2);
        }
        mvc.perform(get("/family-help/visits/" + UUID.randomUUID()).with(users.as("social.worker")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/visits/" + UUID.randomUUID()).with(users.as("social.worker")))
                .andExpect(status().isNotFound());
    }
}
