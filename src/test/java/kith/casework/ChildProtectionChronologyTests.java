package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.KithTest;
import kith.access.WorkingRelationships;
import kith.people.PersonManagement;
import kith.protection.Category;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conferences;
import kith.protection.CoreGroups;
import kith.protection.ProtectionEvents.StrategyDiscussionHeld;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.protection.StatutoryVisits;
import kith.support.EventDelivery;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Child protection in the child's chronology, from the real services' events: every step once, in plain words,
 * linking to its record; a replay of every event adds nothing; and a partner who works with the family only in
 * Family Help sees each step in outline, with nothing of what was found and no link that would be refused.
 */
@KithTest
class ChildProtectionChronologyTests {

    static final List<Conference.Invitee> PARENTS = List.of(
            new Conference.Invitee(Conference.InviteeKind.PARENT, null, null, "The child's mother", null));
    static final Set<String> CHILD_PROTECTION_KINDS = Set.of("STRATEGY_DISCUSSION", "SECTION_47_ENQUIRY", "CONFERENCE",
            "CHILD_PROTECTION_PLAN", "CORE_GROUP", "CHILD_PROTECTION", "LEAD_PRACTITIONER", "VISIT");

    @Autowired ProtectionMother mother;
    @Autowired CoreGroups coreGroups;
    @Autowired StatutoryVisits visits;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired Chronology chronology;
    @Autowired PersonManagement people;
    @Autowired WorkingRelationships relationships;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    EventDelivery events;

    @BeforeEach
    void events() {
        events = new EventDelivery(publisher, transactions, jdbc);
    }

    /**
     * A plan 20 working days old taken through a core group, a visit, a review, a move away and its end, each step's
     * events handled before the next (listeners run after commit, each in its own thread).
     */
    private Case wholePlan(String given, String family) {
        Case c = mother.onAPlan(given, family, 30, 20);
        UUID plan = c.planId();
        events.awaitHandled(c.childId());
        users.run("child.protection", () -> {
            coreGroups.record(plan, new CoreGroups.NewMeeting(mother.workingDaysAgo(15), "Mum, Ruth Calloway, Grace Adeyemi",
                    "Nursery every day this week", null));
            visits.record(plan, new StatutoryVisits.NewVisit(mother.workingDaysAgo(12), true, true, true, null, null,
                    "Played with " + given + " in the bedroom", null));
        });
        events.awaitHandled(c.childId());
        LocalDate reviewOn = mother.workingDaysAgo(5);
        users.run("conference.chair", () -> {
            UUID review = conferences.arrangeReview(plan, new Conference.Arrangement(reviewOn, PARENTS, true, false, null));
            conferences.hold(review, conferences.open(review).version(), new Conference.Held(reviewOn, List.of(),
                    Conference.Decision.CONTINUE_PLAN, Category.NEG, "Better but not yet safe", true, null));
        });
        events.awaitHandled(c.childId());
        users.run("team.manager", () -> {
            plans.notifyTransferOut(plan, plans.open(plan).version(), "Southby Council", mother.workingDaysAgo(3));
            plans.transferredOut(plan, plans.open(plan).version(), mother.workingDaysAgo(1));
        });
        events.awaitHandled(c.childId());
        return c;
    }

    private static Map<String, String> linksByTitle(List<ChronologyEntry> entries) {
        return entries.stream().filter(e -> CHILD_PROTECTION_KINDS.contains(e.kind()) && e.link() != null
                        && e.link().startsWith("/child-protection/"))
                .collect(Collectors.toMap(ChronologyEntry::title, ChronologyEntry::link));
    }

    @Test
    void everyStepOfThePlanIsInTheChronologyOnceWithItsTitleAndLinkAndAReplayOfEveryEventAddsNothing() throws Exception {
        Case c = wholePlan("Ada", "Stepson");
        UUID child = c.childId();
        String arrangedFor = Entries.DATE.format(mother.workingDaysAgo(20));
        String reviewFor = Entries.DATE.format(mother.workingDaysAgo(5));
        UUID review = jdbc.sql("SELECT id FROM child_protection_conference WHERE plan_id = :p").param("p", c.planId())
                .query(UUID.class).single();

        List<ChronologyEntry> entries = users.call("social.worker", () -> chronology.forChild(child, Set.of()));

        assertThat(entries).extracting(ChronologyEntry::title).doesNotHaveDuplicates();
        assertThat(linksByTitle(entries)).containsOnly(
                Map.entry("Strategy discussion held", "/child-protection/strategy-discussions/" + c.discussionId()),
                Map.entry("Section 47 enquiry started", "/child-protection/enquiries/" + c.enquiryId()),
                Map.entry("Lead child protection practitioner: Ruth Calloway", "/child-protection/enquiries/" + c.enquiryId()),
                Map.entry("Section 47 enquiry completed: concerns substantiated", "/child-protection/enquiries/" + c.enquiryId()),
                Map.entry("Initial child protection conference arranged for " + arrangedFor,
                        "/child-protection/conferences/" + c.conferenceId()),
                Map.entry("Initial child protection conference held", "/child-protection/conferences/" + c.conferenceId()),
                Map.entry("Child protection plan started: Neglect", "/child-protection/plans/" + c.planId()),
                Map.entry("Core group met", "/child-protection/plans/" + c.planId()),
                Map.entry("Statutory visit: child seen alone", "/child-protection/plans/" + c.planId()),
                Map.entry("Review child protection conference arranged for " + reviewFor,
                        "/child-protection/conferences/" + review),
                Map.entry("Review child protection conference held", "/child-protection/conferences/" + review),
                Map.entry("Child protection plan reviewed", "/child-protection/plans/" + c.planId()),
                Map.entry("Moving to Southby Council", "/child-protection/plans/" + c.planId()),
                Map.entry("Child protection plan ended", "/child-protection/plans/" + c.planId()));
        assertThat(entries).filteredOn(e -> e.title().equals("Child protection plan ended")).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("The child moved to another council")
                        .contains("Told: Dan Mercer (Demoshire Police)"));
        assertThat(entries).filteredOn(e -> e.title().startsWith("Statutory visit")).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("Bedroom seen."));
        List<ChronologyEntry> plansOnly = users.call("social.worker",
                () -> chronology.forChild(child, Set.of("CHILD_PROTECTION_PLAN")));
        assertThat(plansOnly).extracting(ChronologyEntry::title).containsExactly("Child protection plan ended",
                "Child protection plan reviewed", "Child protection plan started: Neglect");

        // Every child protection event about the child, delivered again as it was published: nothing new.
        long tasks = tasksAbout(child);
        List<Object> published = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql("""
                        SELECT DISTINCT event_type, serialized_event FROM event_publication
                        WHERE event_type LIKE 'kith.protection.ProtectionEvents$%' AND serialized_event LIKE :child""")
                .param("child", "%" + child + "%").query().listOfRows()) {
            published.add(json.readValue((String) row.get("serialized_event"), Class.forName((String) row.get("event_type"))));
        }
        assertThat(published).as("every kind of step was published").hasSizeGreaterThanOrEqualTo(14);
        events.deliver(child, published.toArray());

        assertThat(users.call("social.worker", () -> chronology.forChild(child, Set.of()))).hasSameSizeAs(entries);
        assertThat(tasksAbout(child)).isEqualTo(tasks);
        assertThat(jdbc.sql("SELECT count(*) FROM task WHERE :child = ANY(child_ids) AND done_on IS NULL")
                .param("child", child).query(Long.class).single()).as("the ended plan's tasks stay done").isZero();
    }

    @Test
    void aPartnerWhoWorksWithTheFamilyOnlyInFamilyHelpSeesChildProtectionInOutlineWithoutLinks() throws Exception {
        // The health visitor leads the family's Family Help; the police officer is in the child protection team.
        Case c = mother.enquiryCompleted("Bea", "Outlineson", 6, 1);
        events.awaitHandled(c.childId());

        List<ChronologyEntry> seen = users.call("health.visitor", () -> chronology.forChild(c.childId(), Set.of()));
        assertThat(seen).filteredOn(e -> e.kind().equals("SECTION_47_ENQUIRY") || e.kind().equals("STRATEGY_DISCUSSION"))
                .extracting(ChronologyEntry::title)
                .containsExactlyInAnyOrder("Strategy discussion held", "Section 47 enquiry started",
                        "Section 47 enquiry completed");
        assertThat(seen).filteredOn(e -> e.link() != null).extracting(ChronologyEntry::link)
                .allSatisfy(link -> assertThat(link).doesNotStartWith("/child-protection/"))
                .as("Family Help's own links stay").isNotEmpty();
        assertThat(seen).filteredOn(e -> e.kind().equals("SECTION_47_ENQUIRY")).extracting(ChronologyEntry::detail)
                .containsOnlyNulls();
        String page = mvc.perform(get("/people/" + c.childId() + "/chronology").with(users.as("health.visitor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Section 47 enquiry completed").doesNotContain("concerns substantiated")
                .doesNotContain("href=\"/child-protection/");
        assertThat(mvc.perform(get("/api/v1/people/" + c.childId() + "/chronology").with(users.as("health.visitor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Section 47 enquiry completed").doesNotContain("substantiated").doesNotContain("/child-protection/");

        List<ChronologyEntry> asTeam = users.call("police.officer", () -> chronology.forChild(c.childId(), Set.of()));
        assertThat(asTeam).filteredOn(e -> e.kind().equals("SECTION_47_ENQUIRY")).extracting(ChronologyEntry::title)
                .contains("Section 47 enquiry completed: concerns substantiated");
        assertThat(linksByTitle(asTeam)).containsEntry("Section 47 enquiry started",
                "/child-protection/enquiries/" + c.enquiryId());
    }

    @Test
    void aDiscussionAboutSiblingsLinksOnlyForThoseWhoMayOpenEveryChildsChildProtectionRecords() {
        UUID older = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName("Siblington").details()).id());
        UUID younger = users.call("social.worker", () -> people.create(PersonMother.child().withFamilyName("Siblington").details()).id());
        UUID police = mother.practitioner("police.officer");
        relationships.start(UUID.randomUUID(), List.of(older), police, WorkingRelationships.Kind.CHILD_PROTECTION_TEAM);
        UUID discussion = UUID.randomUUID();
        events.deliver(discussion, new StrategyDiscussionHeld(discussion, UUID.randomUUID(), List.of(older, younger),
                mother.workingDaysAgo(1), false, true, false, List.of("Health"), null, null, "Sam Okoro", null));

        ChronologyEntry asPolice = users.call("police.officer", () -> chronology.forChild(older, Set.of())).getFirst();
        assertThat(asPolice.title()).isEqualTo("Strategy discussion held without health");
        assertThat(asPolice.link()).as("the younger child's records are not the officer's to open").isNull();
        ChronologyEntry asCouncil = users.call("social.worker", () -> chronology.forChild(older, Set.of())).getFirst();
        assertThat(asCouncil.link()).isEqualTo("/child-protection/strategy-discussions/" + discussion);
    }

    private long tasksAbout(UUID child) {
        return jdbc.sql("SELECT count(*) FROM task WHERE :child = ANY(child_ids)").param("child", child)
                .query(Long.class).single();
    }
}
