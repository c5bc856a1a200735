package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.UserAccounts;
import kith.frontdoor.ReferralDecision;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.support.AuditLog;
import kith.support.Users;
import kith.timescales.StatutoryClocks;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class FamilyHelpTests {

    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired FamilyHelpOpening opening;
    @Autowired FamilyHelpAllocation allocation;
    @Autowired FamilyHelpDecisions decisions;
    @Autowired Assessments assessments;
    @Autowired FamilyPlans plans;
    @Autowired StatutoryClocks clocks;
    @Autowired Users users;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    static PlanContent plan(String worries) {
        return new PlanContent(worries, "Mum takes the children to school every day",
                List.of("The children have food every day", "Mum feels less alone"),
                List.of(new PlanContent.Action(0, "Apply for free school meals", "Mum", ActionOwner.PARENT,
                                LocalDate.now().plusWeeks(2), ActionProgress.NOT_STARTED),
                        new PlanContent.Action(1, "Introduce the family hub parents' group", "Grace Adeyemi",
                                ActionOwner.PRACTITIONER, LocalDate.now().plusWeeks(3), ActionProgress.NOT_STARTED)),
                null);
    }

    @Test
    void thePickersOfferPractitionersWhoWorkWithFamiliesOfAnyAgencyAndAllocationRefusesOthers() {
        var offered = users.call("team.manager", () -> episodes.practitioners()).stream()
                .map(p -> p.fullName()).toList();
        assertThat(offered).contains("Sam Okoro", "Grace Adeyemi", "Dan Mercer", "Helen Marsh")
                .doesNotContain("Alex Morgan", "Tom Reid", "Jordan Ellis");
        EpisodeView episode = mother.episode("Picky", "Allocation", kith.frontdoor.ReferralDecision.TARGETED_EARLY_HELP);
        for (String notAPractitioner : List.of("admin", "analyst", "front.door")) {
            UUID id = accounts.loadUserByUsername(notAPractitioner).practitionerId();
            assertThatThrownBy(() -> users.run("team.manager", () -> allocation.allocateLead(episode.id(), episode.version(), id)))
                    .as(notAPractitioner).isInstanceOf(kith.shared.InvalidInput.class);
        }
    }

    @Test
    void theAssessmentIsDue45WorkingDaysFromTheReferralAcrossChristmasAndNewYear() {
        // 1 December 2026 + 45 working days skips 25 and 28 December 2026 and 1 January 2027.
        assertThat(assessments.dueDateFor(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(assessments.dueDateFor(LocalDate.of(2026, 1, 2))).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void anAssessmentCompletedLateCannotBeSavedWithoutAReasonAndItsClockKeepsTheBreach() {
        // Referred 100 days ago, so that the 45 working days have passed and a late completion is in the past.
        UUID child = mother.child("Ezra", "Latecombe");
        EpisodeView opened = users.call("team.manager", () -> opening.openDirectly(List.of(child),
                kith.familyhelp.EpisodeKind.CHILD_IN_NEED, java.time.LocalDate.now().minusDays(100)));
        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        EpisodeView episode = users.call("team.manager", () -> allocation.allocateLead(opened.id(), opened.version(), healthVisitor));
        AssessmentView started = users.call("health.visitor",
                () -> assessments.start(episode.id(), child, java.time.LocalDate.now().minusDays(95)));
        var content = new AssessmentContent("We need help with money", "I like school", List.of("4B", "7A"),
                "Mum's low mood and Ezra caring for his brother", "FAMILY_HELP_PLAN", "N3");
        LocalDate late = started.dueOn().plusDays(3);
        assertThat(late).isBefore(java.time.LocalDate.now());
        assertThat(catchThrowableOfType(InvalidInput.class, () -> users.run("health.visitor",
                () -> assessments.complete(started.id(), started.version(), content, java.time.LocalDate.now().plusDays(1),
                        "A reason"))).problems())
                .as("never completed in the future").extracting(InvalidInput.Problem::message)
                .containsExactly("The date completed must be today or in the past");
        InvalidInput missing = catchThrowableOfType(InvalidInput.class, () -> users.run("health.visitor",
                () -> assessments.complete(started.id(), started.version(), content, late, " ")));
        assertThat(missing.problems()).extracting(InvalidInput.Problem::field).containsExactly("lateReason");
        assertThat(jdbc.sql("SELECT completed_on FROM assessment WHERE id = :id").param("id", started.id())
                .query(LocalDate.class).optional()).isEmpty();
        AssessmentView done = users.call("health.visitor", () -> assessments.complete(started.id(), started.version(),
                content, late, "Mum was in hospital for two weeks"));
        assertThat(done.lateReason()).isEqualTo("Mum was in hospital for two weeks");
        assertThat(clocks.find("ASSESSMENT", started.id())).get().satisfies(clock -> {
            assertThat(clock.dueOn()).isEqualTo(started.dueOn());
            assertThat(clock.breached()).isTrue();
            assertThat(clock.lateReason()).isEqualTo("Mum was in hospital for two weeks");
        });
    }

    @Test
    void startingAnAssessmentIsOnTheChildsChronology() {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Anya", "Startwell", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        users.run("health.visitor", () -> assessments.start(episode.id(), child, null));
        // The assessment registers AssessmentStarted; casework writes the entry after the commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> users.call("team.manager",
                () -> chronology.forChild(child, java.util.Set.of())).stream().anyMatch(e -> e.title().equals("Assessment started")));
    }

    @Test
    void factorsFollowTheDfeRules() {
        EpisodeView episode = mother.episode("Isla", "Factorby", ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = episode.children().get(0).id();
        AssessmentView started = users.call("team.manager", () -> assessments.start(episode.id(), child, null));
        for (List<String> wrong : List.of(List.of("21", "4B"), List.of("4B", "4B"), List.of("99Z"), List.<String>of())) {
            var content = new AssessmentContent("Views", "Views", wrong, "Analysis", "FAMILY_HELP_PLAN", "N4");
            assertThatThrownBy(() -> users.run("team.manager", () -> assessments.complete(started.id(), started.version(),
                    content, LocalDate.now(), null)))
                    .as(wrong.toString()).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field).contains("factors"));
        }
        assertThatThrownBy(() -> users.run("team.manager", () -> assessments.start(episode.id(), child, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already has an assessment");
    }

    @Test
    void overlappingEpisodesForOneChildAreRefusedWithAClearMessage() {
        EpisodeView first = mother.episode("Noor", "Overlapton", ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = first.children().get(0).id();
        UUID second = mother.decidedReferral(child, "Noor", "Overlapton", ReferralDecision.SECTION_17_ASSESSMENT);
        assertThatThrownBy(() -> users.run("team.manager", () -> opening.openFromReferral(second)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already has Family Help")
                .hasMessageContaining("cannot overlap");
        assertThatThrownBy(() -> users.run("team.manager",
                () -> opening.openDirectly(List.of(child), EpisodeKind.CHILD_IN_NEED, LocalDate.now())))
                .isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("SELECT count(*) FROM episode_member WHERE person_id = :c AND child").param("c", child)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondOpenChildInNeedPlanForAChildIsRefused() {
        EpisodeView episode = mother.episode("Milo", "Planford", ReferralDecision.SECTION_17_ASSESSMENT);
        users.run("team.manager", () -> plans.agree(episode.id(), plan("Money and food"), true));
        assertThatThrownBy(() -> users.run("team.manager", () -> plans.agree(episode.id(), plan("Again"), true)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("4004");
        EpisodeView earlyHelp = mother.episode("Aria", "Planford", ReferralDecision.TARGETED_EARLY_HELP);
        assertThatThrownBy(() -> users.run("team.manager", () -> plans.agree(earlyHelp.id(), plan("Worry"), true)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("section 17");
    }

    @Test
    void aSecondConcurrentEditOfAPlanGetsAConflictAndTheFirstIsKept() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Ruby", "Conflicton", ReferralDecision.TARGETED_EARLY_HELP);
        PlanView agreed = users.call("health.visitor", () -> plans.agree(episode.id(), plan("First worries"), false));
        users.run("team.manager", () -> plans.change(agreed.id(), agreed.version(), plan("The manager's words")));
        assertThatThrownBy(() -> users.run("health.visitor", () -> plans.change(agreed.id(), agreed.version(),
                plan("The health visitor's words")))).isInstanceOf(StaleRecord.class);
        mvc.perform(post("/family-help/plans/" + agreed.id()).with(users.as("health.visitor")).with(csrf())
                        .param("version", String.valueOf(agreed.version())).param("worries", "Overwrite attempt")
                        .param("goingWell", "x").param("goals[0]", "A goal"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else saved a change to this record")))
                .andExpect(content().string(Matchers.containsString("The manager&#39;s words")));
        assertThat(users.call("team.manager", () -> plans.open(agreed.id())).worries()).isEqualTo("The manager's words");
    }

    @Test
    void aVisitDraftSurvivesASessionTimeoutAndIsRestoredOnSignIn() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Leo", "Draftwell", ReferralDecision.TARGETED_EARLY_HELP);
        MockHttpSession before = new MockHttpSession();
        mvc.perform(post("/family-help/" + episode.id() + "/visits/draft").session(before).with(users.as("health.visitor"))
                        .with(csrf()).param("whoWasSeen", "Leo and his mum").param("whatWasSaid", "Leo showed me his drawings"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.startsWith("Draft saved at")));
        before.invalidate(); // the session times out
        mvc.perform(get("/family-help/" + episode.id() + "/visits/new").session(new MockHttpSession())
                        .with(users.as("health.visitor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("We kept what you were writing")))
                .andExpect(content().string(Matchers.containsString("Leo showed me his drawings")));
        // Another practitioner does not see it: drafts are personal.
        mvc.perform(get("/family-help/" + episode.id() + "/visits/new").with(users.as("team.manager")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Leo showed me his drawings"))));
    }

    @Test
    void aHealthVisitorOpensOnlyTheChildrenTheyWorkWithAndThePoliceOnlyWhenInTheTeam() throws Exception {
        EpisodeView theirs = mother.episodeLedByHealthVisitor("Evie", "Accessley", ReferralDecision.TARGETED_EARLY_HELP);
        EpisodeView other = mother.episode("Oscar", "Elsewhere", ReferralDecision.TARGETED_EARLY_HELP);
        UUID theirChild = theirs.children().get(0).id();
        UUID otherChild = other.children().get(0).id();
        mvc.perform(get("/people/" + theirChild).with(users.as("health.visitor"))).andExpect(status().isOk());
        mvc.perform(get("/family-help/" + theirs.id()).with(users.as("health.visitor"))).andExpect(status().isOk());
        long refusals = AuditLog.count(jdbc, "health.visitor", "PERSON_ACCESS_REFUSED", "REFUSED");
        mvc.perform(get("/people/" + otherChild).with(users.as("health.visitor"))).andExpect(status().isForbidden());
        mvc.perform(get("/family-help/" + other.id()).with(users.as("health.visitor"))).andExpect(status().isForbidden());
        assertThat(AuditLog.count(jdbc, "health.visitor", "PERSON_ACCESS_REFUSED", "REFUSED")).isEqualTo(refusals + 2);

        mvc.perform(get("/family-help/" + theirs.id()).with(users.as("police.officer"))).andExpect(status().isForbidden());
        UUID police = accounts.loadUserByUsername("police.officer").practitionerId();
        EpisodeView current = users.call("team.manager", () -> episodes.open(theirs.id()));
        users.run("team.manager", () -> allocation.addToTeam(theirs.id(), current.version(), police, "Domestic abuse advice"));
        mvc.perform(get("/family-help/" + theirs.id()).with(users.as("police.officer"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Domestic abuse advice")));
        // Closing ends everyone's access with the work.
        EpisodeView latest = users.call("team.manager", () -> episodes.open(theirs.id()));
        users.run("team.manager", () -> decisions.close(theirs.id(), latest.version(), new Closure(ReasonForClosure.RC7, "Evie is doing well at home and school", false)));
        mvc.perform(get("/people/" + theirChild).with(users.as("police.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void aReasonForClosureThatIsNotOneOfTheOptionsLeavesTheEpisodeOpenWithAClearMessage() throws Exception {
        EpisodeView episode = mother.episode("Rory", "Tamperley", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(post("/family-help/" + episode.id() + "/close").with(users.as("team.manager")).with(csrf())
                        .param("version", String.valueOf(episode.version())).param("reason", "RC99")
                        .param("summary", "Rory is doing well"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select a reason for closure from the list")))
                .andExpect(content().string(Matchers.containsString("href=\"#close-reason\"")))
                .andExpect(content().string(Matchers.containsString("Rory is doing well")));
        assertThat(users.call("team.manager", () -> episodes.open(episode.id())).closedOn()).as("still open").isNull();
    }

    @Autowired kith.casework.Chronology chronology;

    @Test
    void steppingUpNeedsAReasonKeepsTheLeadPractitionerAndIsInTheChronology() {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Finn", "Stepworth", ReferralDecision.SECTION_17_ASSESSMENT);
        assertThatThrownBy(() -> users.run("team.manager", () -> decisions.stepUp(episode.id(), episode.version(), " ")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Enter why");
        assertThatThrownBy(() -> users.run("health.visitor", () -> decisions.stepUp(episode.id(), episode.version(), "Risk")))
                .isInstanceOf(AccessRefused.class);
        EpisodeView stepped = users.call("team.manager", () -> decisions.stepUp(episode.id(), episode.version(),
                "Disclosure of physical harm at school"));
        assertThat(stepped.steppedUpOn()).isNotNull();
        assertThat(stepped.leadPractitionerName()).isEqualTo("Grace Adeyemi");
        assertThat(stepped.open()).isTrue();
        UUID child = episode.children().get(0).id();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> users.call("team.manager", () -> chronology.forChild(child, java.util.Set.of()))
                .stream().anyMatch(e -> e.title().equals("Stepped up to child protection") && e.statutory()));
    }

    @Test
    void onlyAManagerOpensAllocatesAndAuthorises() {
        UUID child = mother.child("Kai", "Managerson");
        UUID referral = mother.decidedReferral(child, "Kai", "Managerson", ReferralDecision.TARGETED_EARLY_HELP);
        for (String user : List.of("social.worker", "health.visitor", "front.door")) {
            assertThatThrownBy(() -> users.run(user, () -> opening.openFromReferral(referral)))
                    .as(user).isInstanceOf(AccessRefused.class);
        }
        UUID nfa = mother.decidedReferral(mother.child("Kai", "Nofurther"), "Kai", "Nofurther",
                ReferralDecision.NO_FURTHER_ACTION);
        assertThatThrownBy(() -> users.run("team.manager", () -> opening.openFromReferral(nfa)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("decided as Family Help");
    }
}
