package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kith.KithTest;
import kith.access.UserAccounts;
import kith.access.WorkingRelationships;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralReceived;
import kith.people.PersonManagement;
import kith.shared.AccessRefused;
import kith.support.EventDelivery;
import kith.support.FamilyHelpEventMother;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KithTest
class ChronologyTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    @Autowired Chronology chronology;
    @Autowired PersonManagement people;
    @Autowired WorkingRelationships relationships;
    @Autowired UserAccounts accounts;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    EventDelivery events;

    @BeforeEach
    void events() {
        events = new EventDelivery(publisher, transactions, jdbc);
    }

    /** A child with a referral, its decision, Family Help opened with a lead practitioner, and a late assessment. */
    private FamilyHelpEventMother referredAndHelped(UUID child) {
        UUID referral = UUID.randomUUID();
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(child);
        UUID assessment = UUID.randomUUID();
        events.deliver(child,
                new ReferralReceived(referral, child, MONDAY, "3B", false),
                new ReferralDecided(referral, child, ReferralDecision.TARGETED_EARLY_HELP, MONDAY.plusDays(1), "team.manager", false,
                        MONDAY),
                episode.openedOn(MONDAY.plusDays(2)),
                episode.leadAllocatedOn(MONDAY.plusDays(3), UUID.randomUUID()),
                episode.assessmentStarted(assessment, MONDAY.plusDays(4), MONDAY.plusDays(60), UUID.randomUUID()),
                episode.assessmentCompleted(assessment, MONDAY.plusDays(70), true),
                episode.visitedOn(MONDAY.plusDays(5)));
        return episode;
    }

    private UUID child(String familyName) {
        return users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName(familyName).details()).id());
    }

    @Test
    void recordsEveryEventOfTheChildNewestFirstInPlainEnglish() {
        UUID child = UUID.randomUUID();
        FamilyHelpEventMother episode = referredAndHelped(child);

        List<ChronologyEntry> entries = users.call("front.door", () -> chronology.latest(child, 20));

        assertThat(entries).extracting(ChronologyEntry::title).containsExactly(
                "Assessment completed (late)",
                "Visit: child seen alone",
                "Assessment started",
                "Lead practitioner: Grace Adeyemi, Demo Community Health NHS Trust",
                "Family Help opened",
                "Decision: Family Help: targeted early help",
                "Referral received");
        assertThat(entries.get(5).actorName()).as("the decider by name, not username").isEqualTo("Priya Shah");
        assertThat(entries.get(5).link()).startsWith("/front-door/referrals/");
        assertThat(entries.get(0).link()).isEqualTo("/family-help/" + episode.episodeId());
        assertThat(entries).filteredOn(ChronologyEntry::statutory).extracting(ChronologyEntry::kind)
                .containsExactly("ASSESSMENT", "REFERRAL_DECISION", "REFERRAL");
        assertThat(chronology.latest(child, 2)).hasSize(2);
        // The front-door record opens only for the front door and managers: others see no link that answers 403.
        List<ChronologyEntry> asPractitioner = users.call("social.worker", () -> chronology.latest(child, 20));
        assertThat(asPractitioner.get(5).link()).isNull();
        assertThat(asPractitioner.get(0).link()).isEqualTo("/family-help/" + episode.episodeId());
    }

    @Test
    void anEventAboutSiblingsWritesOneEntryInEachChildsChronology() {
        UUID older = UUID.randomUUID();
        UUID younger = UUID.randomUUID();
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(older, younger);
        events.deliver(episode.episodeId(), episode.openedOn(MONDAY), episode.closedOn(MONDAY.plusDays(30)));

        for (UUID child : List.of(older, younger)) {
            assertThat(chronology.latest(child, 10)).extracting(ChronologyEntry::title)
                    .containsExactly("Family Help closed: RC8 Case closed after assessment, no further action", "Family Help opened");
        }
    }

    @Test
    void aRedeliveredEventAddsNoSecondEntry() {
        UUID child = UUID.randomUUID();
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(child);
        var visit = episode.visitedOn(MONDAY);

        // Redelivery happens one publication at a time (the registry resubmits each incomplete one).
        for (int i = 0; i < 4; i++) {
            events.deliver(child, visit);
        }

        assertThat(chronology.latest(child, 10)).extracting(ChronologyEntry::title).containsExactly("Visit: child seen alone");
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
                .param("id", "%" + visit.visitId() + "%").query(Long.class).single())
                .as("each delivery was handled").isEqualTo(4);
    }

    @Test
    void filtersByKindAndAuditsTheView() {
        UUID child = child("Ashcombe");
        referredAndHelped(child);

        List<ChronologyEntry> visitsAndAssessments = users.call("social.worker",
                () -> chronology.forChild(child, Set.of("VISIT", "ASSESSMENT", "NOT_A_KIND")));

        assertThat(visitsAndAssessments).extracting(ChronologyEntry::kind)
                .containsExactly("ASSESSMENT", "VISIT", "ASSESSMENT");
        assertThat(users.call("social.worker", () -> chronology.forChild(child, Set.of()))).hasSize(7);
        assertThat(audited("CHRONOLOGY_VIEWED", "ALLOWED", child)).isEqualTo(2);
    }

    @Test
    void aPartnerMayReadTheChronologyOnlyOfAChildTheyWorkWith() throws Exception {
        UUID child = child("Brackley");
        referredAndHelped(child);

        assertThatThrownBy(() -> users.run("police.officer", () -> chronology.forChild(child, Set.of())))
                .isInstanceOf(AccessRefused.class);
        mvc.perform(get("/people/" + child + "/chronology").with(users.as("health.visitor")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Referral received"))));
        assertThat(audited("PERSON_ACCESS_REFUSED", "REFUSED", child)).isEqualTo(2);
        assertThat(audited("CHRONOLOGY_VIEWED", "ALLOWED", child)).isZero();

        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        relationships.start(UUID.randomUUID(), List.of(child), healthVisitor, WorkingRelationships.Kind.TEAM_AROUND_THE_FAMILY);

        mvc.perform(get("/people/" + child + "/chronology").with(users.as("health.visitor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Referral received")));
        assertThat(audited("CHRONOLOGY_VIEWED", "ALLOWED", child)).isEqualTo(1);
    }

    @Test
    void thePageShowsATimelineWhereStatutoryEventsStandOutAndFiltersWithoutJavaScript() throws Exception {
        UUID child = child("Caldecott");
        referredAndHelped(child);

        String page = mvc.perform(get("/people/" + child + "/chronology").with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Amelia Caldecott", "7 entries, newest first", "kith-timeline__item--statutory",
                ">Statutory<", "by Priya Shah", "<time datetime=\"2026-01-05\">5 January 2026</time>");
        assertThat(page.indexOf("Assessment completed (late)")).isLessThan(page.indexOf("Referral received"));

        mvc.perform(get("/people/" + child + "/chronology").param("kind", "VISIT").with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Visit: child seen alone")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Referral received"))))
                .andExpect(content().string(Matchers.containsString("value=\"VISIT\" checked")));
        mvc.perform(get("/people/" + child + "/chronology").param("kind", "CLOSURE").with(users.as("social.worker")))
                .andExpect(content().string(Matchers.containsString("Nothing of the kinds you chose has been recorded")));
        mvc.perform(get("/people/" + child + "/chronology").param("kind", "VISIT").header("HX-Request", "true")
                        .with(users.as("social.worker")))
                .andExpect(content().string(Matchers.startsWith("<div id=\"timeline\"")));
    }

    @Test
    void aChildWithNothingRecordedHasAnEmptyStateAndAnonymousUsersSignInFirst() throws Exception {
        UUID child = child("Denholm");
        mvc.perform(get("/people/" + child + "/chronology").with(users.as("team.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nothing has been recorded in this chronology yet")));
        mvc.perform(get("/people/" + child + "/chronology")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    private long audited(String action, String outcome, UUID child) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                        WHERE action = :action AND outcome = :outcome AND subject_ids @> ARRAY[CAST(:child AS uuid)]""")
                .param("action", action)
                .param("outcome", outcome)
                .param("child", child)
                .query(Long.class)
                .single();
    }
}
