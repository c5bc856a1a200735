package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.UserAccounts;
import kith.access.WorkingRelationships;
import kith.people.PersonManagement;
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
class WorkTrayTests {

    @Autowired WorkTray tray;
    @Autowired PersonManagement people;
    @Autowired WorkingRelationships relationships;
    @Autowired UserAccounts accounts;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    EventDelivery events;
    LocalDate today;
    UUID healthVisitor;

    @BeforeEach
    void setUp() {
        events = new EventDelivery(publisher, transactions, jdbc);
        today = LocalDate.now(ZoneId.of("Europe/London"));
        healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
    }

    /** A child the health visitor leads the work with. */
    private UUID childLedByTheHealthVisitor(String familyName) {
        UUID child = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName(familyName).details()).id());
        relationships.start(UUID.randomUUID(), List.of(child), healthVisitor, WorkingRelationships.Kind.LEAD_PRACTITIONER);
        return child;
    }

    private WorkTray.Family familyOf(String username, UUID child) {
        return users.call(username, () -> tray.families()).stream()
                .filter(family -> family.personId().equals(child))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not on " + username + "'s tray"));
    }

    @Test
    void anOverdueAssessmentIsMarkedOnThePartnersTrayAndGoesWhenCompleted() throws Exception {
        UUID child = childLedByTheHealthVisitor("Elmstead");
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(child);
        UUID assessment = UUID.randomUUID();
        events.deliver(child, episode.openedOn(today.minusDays(50)),
                episode.assessmentStarted(assessment, today.minusDays(45), today.minusDays(4), healthVisitor));

        assertThat(familyOf("health.visitor", child).tasks()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Complete the assessment");
            assertThat(task.overdueBy()).isEqualTo(4);
            assertThat(task.link()).isEqualTo("/family-help/" + episode.episodeId());
        });
        String page = mvc.perform(get("/").with(users.as("health.visitor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Make a referral")))
                .andReturn().getResponse().getContentAsString();
        String row = rowOf(page, "Amelia Elmstead");
        assertThat(row).contains("Complete the assessment", "govuk-tag--red", "Overdue by 4 days", "Family Help opened");

        events.deliver(child, episode.assessmentCompleted(assessment, today, true));

        assertThat(familyOf("health.visitor", child).tasks()).isEmpty();
        assertThat(rowOf(mvc.perform(get("/").with(users.as("health.visitor"))).andReturn().getResponse().getContentAsString(),
                "Amelia Elmstead"))
                .doesNotContain("Complete the assessment")
                .contains("Nothing due", "Assessment completed (late)");
    }

    @Test
    void aPlanReviewReplacesThePreviousReviewTaskAndClosingEndsThemAll() {
        UUID child = childLedByTheHealthVisitor("Fairholme");
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(child);
        UUID plan = UUID.randomUUID();
        var agreed = episode.planAgreed(plan, today.minusDays(90), today, healthVisitor);
        events.deliver(child, agreed);
        assertThat(familyOf("health.visitor", child).tasks()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Review the family plan");
            assertThat(task.dueToday()).isTrue();
            assertThat(task.overdue()).isFalse();
        });

        events.deliver(child, episode.planReviewed(plan, today, today.plusMonths(3), healthVisitor));
        events.deliver(child, agreed); // redelivered late: must not bring back the old review

        assertThat(familyOf("health.visitor", child).tasks()).extracting(WorkTray.DueTask::dueOn)
                .containsExactly(today.plusMonths(3));

        events.deliver(child, episode.closedOn(today));
        assertThat(familyOf("health.visitor", child).tasks()).isEmpty();
    }

    @Test
    void theTrayShowsOnlyFamiliesTheUserWorksWithAndTheirChangesOfTheLastWeek() throws Exception {
        UUID mine = childLedByTheHealthVisitor("Greystoke");
        UUID notMine = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName("Hollinshead").details()).id());
        events.deliver(mine, FamilyHelpEventMother.episodeFor(mine).visitedOn(today.minusDays(1)));
        events.deliver(notMine, FamilyHelpEventMother.episodeFor(notMine).visitedOn(today.minusDays(1)));

        assertThat(familyOf("health.visitor", mine).recentlyChanged()).extracting(ChronologyEntry::title)
                .containsExactly("Visit: child seen alone");
        assertThat(users.call("health.visitor", () -> tray.families())).extracting(WorkTray.Family::personId)
                .doesNotContain(notMine);
        mvc.perform(get("/").with(users.as("health.visitor")))
                .andExpect(content().string(Matchers.containsString("Amelia Greystoke")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Amelia Hollinshead"))));
        mvc.perform(get("/").with(users.as("police.officer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Amelia Greystoke"))));
    }

    @Test
    void familiesWithOverdueWorkComeFirstForPractitioners() throws Exception {
        UUID socialWorker = accounts.loadUserByUsername("social.worker").practitionerId();
        UUID onTime = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName("Ingleby").details()).id());
        UUID late = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName("Jessamy").details()).id());
        relationships.start(UUID.randomUUID(), List.of(onTime, late), socialWorker, WorkingRelationships.Kind.LEAD_PRACTITIONER);
        events.deliver(onTime, FamilyHelpEventMother.episodeFor(onTime)
                .assessmentStarted(UUID.randomUUID(), today, today.plusDays(30), socialWorker));
        events.deliver(late, FamilyHelpEventMother.episodeFor(late)
                .assessmentStarted(UUID.randomUUID(), today.minusDays(60), today.minusDays(1), socialWorker));

        List<UUID> order = users.call("social.worker", () -> tray.families()).stream().map(WorkTray.Family::personId)
                .filter(id -> id.equals(onTime) || id.equals(late)).toList();
        assertThat(order).containsExactly(late, onTime);
        String page = mvc.perform(get("/").with(users.as("social.worker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rowOf(page, "Amelia Jessamy")).contains("Overdue by 1 day<");
        assertThat(rowOf(page, "Amelia Ingleby")).contains("Due " + today.plusDays(30).format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
    }

    /** The table row of the tray that names this child. */
    private static String rowOf(String page, String name) {
        int at = page.indexOf(">" + name + "<");
        assertThat(at).as(name + " on the tray").isPositive();
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }
}
