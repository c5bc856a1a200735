package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.frontdoor.ReferralReceived;
import kith.people.PersonManagement;
import kith.support.AuditLog;
import kith.support.EventDelivery;
import kith.support.FamilyHelpEventMother;
import kith.support.PersonMother;
import kith.support.StatementCounter;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/v1/people/{id}/chronology}: the child's chronology a page at a time, newest first, filtered by
 * kind, through the chronology's own access check and audit; the same few statements for any page of any
 * chronology.
 */
@KithTest
class ChronologyApiTests {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 2);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired PersonManagement people;
    @Autowired StatementCounter statements;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    EventDelivery events;

    @BeforeEach
    void events() {
        events = new EventDelivery(publisher, transactions, jdbc);
    }

    /** A child with a referral and {@code visits} visits, a day apart after it. */
    private UUID childVisited(String familyName, int visits) {
        UUID child = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName(familyName)
                .details()).id());
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(child);
        List<Object> happened = new ArrayList<>();
        happened.add(new ReferralReceived(UUID.randomUUID(), child, FIRST, "3B", false));
        for (int day = 1; day <= visits; day++) {
            happened.add(episode.visitedOn(FIRST.plusDays(day)));
        }
        events.deliver(child, happened.toArray());
        return child;
    }

    private String chronology(UUID child) {
        return "/api/v1/people/" + child + "/chronology";
    }

    @Test
    void pagesTheChronologyNewestFirstAndFiltersItByKind() throws Exception {
        UUID child = childVisited("Pageley", 7);

        mvc.perform(get(chronology(child)).queryParam("size", "3").queryParam("page", "2").with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.totalEntries").value(8))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.entries.length()").value(3))
                .andExpect(jsonPath("$.entries[*].occurredOn", Matchers.contains(FIRST.plusDays(4).toString(),
                        FIRST.plusDays(3).toString(), FIRST.plusDays(2).toString())))
                .andExpect(jsonPath("$.entries[0].link", Matchers.startsWith("/family-help/visits/")));
        mvc.perform(get(chronology(child)).queryParam("kind", "REFERRAL").with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalEntries").value(1))
                .andExpect(jsonPath("$.entries[0].title").value("Referral received"));
        mvc.perform(get(chronology(child)).queryParam("kind", "REFERRAL", "VISIT").with(users.as("front.door")))
                .andExpect(jsonPath("$.totalEntries").value(8));
        // A page past the end is empty, and still says how many there are.
        mvc.perform(get(chronology(child)).queryParam("page", "9").with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(0))
                .andExpect(jsonPath("$.totalEntries").value(8));
        // The front door's own records open only for the front door: others get the entry without its link.
        mvc.perform(get(chronology(child)).queryParam("kind", "REFERRAL").with(users.as("social.worker")))
                .andExpect(jsonPath("$.entries[0].link").doesNotExist());
    }

    @Test
    void eachPageShownIsAuditedWithWhatWasAskedFor() throws Exception {
        UUID child = childVisited("Auditon", 2);
        long before = AuditLog.count(jdbc, "social.worker", "CHRONOLOGY_VIEWED", "ALLOWED");
        mvc.perform(get(chronology(child)).queryParam("kind", "VISIT").queryParam("size", "5")
                .with(users.as("social.worker"))).andExpect(status().isOk());
        assertThat(AuditLog.count(jdbc, "social.worker", "CHRONOLOGY_VIEWED", "ALLOWED")).isEqualTo(before + 1);
        String detail = jdbc.sql("""
                        SELECT detail FROM audit_entry WHERE position = (SELECT max(position) FROM audit_entry
                          WHERE username = 'social.worker' AND action = 'CHRONOLOGY_VIEWED')""")
                .query(String.class).single();
        assertThat(detail).isEqualTo("kinds: VISIT; page 1, 5 a page");
    }

    @Test
    void refusesWhoMayNotOpenTheChildAndNamesWhatItCannotUse() throws Exception {
        UUID child = childVisited("Refusewell", 1);
        mvc.perform(get(chronology(child))).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // A partner with no working relationship to the child, and roles that work with figures or access.
        for (String user : List.of("school.dsl", "health.visitor", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(chronology(child)).with(users.as(user))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusal is audited").isEqualTo(refusals + 1);
        }
        mvc.perform(get(chronology(UUID.randomUUID())).with(users.as("social.worker"))).andExpect(status().isNotFound());
        mvc.perform(get(chronology(child)).queryParam("kind", "VISITS").queryParam("size", "101").queryParam("page", "0")
                        .with(users.as("social.worker")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("kind", "size", "page")));
        mvc.perform(get(chronology(child)).queryParam("size", "0").with(users.as("social.worker")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void anyPageOfAnyChronologyTakesTheSameFewStatements() throws Exception {
        UUID short_ = childVisited("Shortlist", 1);
        UUID long_ = childVisited("Longlist", 40);
        int one = statementsFor(chronology(short_));
        assertThat(statementsFor(chronology(long_) + "?size=100")).isEqualTo(one);
        assertThat(statementsFor(chronology(long_) + "?size=10&page=3&kind=VISIT")).isEqualTo(one);
        assertThat(one).isLessThanOrEqualTo(5);
    }

    private int statementsFor(String path) throws Exception {
        var request = get(path).with(users.as("social.worker"));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        return statements.stop().size();
    }
}
