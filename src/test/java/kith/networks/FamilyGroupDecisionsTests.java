package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FamilyGroupDecision.FamilysPlanReview;
import kith.networks.FamilyGroupDecision.FgdmAnswer;
import kith.networks.FamilyGroupDecision.FgdmConsideration;
import kith.networks.FamilyGroupDecision.FgdmCoordinator;
import kith.networks.FamilyGroupDecision.FgdmNotOffering;
import kith.networks.FamilyGroupDecision.FgdmNotOfferingDecision;
import kith.networks.FamilyGroupDecision.FgdmOffer;
import kith.networks.FamilyGroupDecision.Summary;
import kith.networks.FamilyGroupDecision.View;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.shared.StaleRecord;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family group decision making, step by step: considered at a stage (one open per child and stage), offered and
 * answered, or not offered only with a manager's approval that a meeting is not in the child's best interests
 * (s31ZA(3) Children Act 1989); an independent coordinator; the meeting with private family time; the family's plan
 * and its review; each on the chronology of every child the meeting is about, and the meeting and the review as tasks.
 */
@KithTest
class FamilyGroupDecisionsTests {

    @Autowired FgdmMother mother;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired kith.protection.ProtectionMother protection;
    @Autowired FamilyGroupDecisions decisions;
    @Autowired FgdmOffers offers;
    @Autowired FgdmMeetings meetings;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private List<String> chronology(UUID child) {
        return jdbc.sql("SELECT title FROM chronology_entry WHERE child_id = :c AND kind = 'FGDM' ORDER BY occurred_on, title")
                .param("c", child).query(String.class).list();
    }

    private List<String> tasks(UUID fgdm) {
        return jdbc.sql("SELECT kind || ' ' || due_on || ' ' || (done_on IS NOT NULL) FROM task WHERE source_id = :s ORDER BY due_on")
                .param("s", fgdm).query(String.class).list();
    }

    @Test
    void aMeetingGoesFromConsideredToTheReviewOfTheFamilysPlanOnTheChronologyOfEveryChildItIsAbout() {
        UUID child = familyHelp.child("Ivy", "Fgdmson");
        UUID sister = familyHelp.child("Rose", "Fgdmson");
        UUID id = users.call("social.worker", () -> decisions.consider(new FgdmConsideration(child, List.of(sister),
                FgdmStage.CHILD_PROTECTION, mother.daysAgo(20))));
        users.run("social.worker", () -> offers.offer(id, 0, new FgdmOffer("Mum, Dad and Nan", mother.daysAgo(18))));
        users.run("social.worker", () -> offers.answer(id, 1, new FgdmAnswer(Answer.ACCEPTED, "Mum", mother.daysAgo(15),
                mother.daysAgo(-20))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tasks(id))
                .containsExactly("FGDM_MEETING " + mother.daysAgo(-20) + " false"));

        View held = mother.open(id);
        assertThat(held.status()).isEqualTo(FgdmStatus.ACCEPTED);
        assertThat(held.siblings()).extracting(kith.people.Identity::name).containsExactly("Rose Fgdmson");

        users.run("social.worker", () -> {
            meetings.assignCoordinator(id, 2, new FgdmCoordinator(mother.practitioner("conference.chair"), mother.daysAgo(14)));
            meetings.hold(id, 3, new FamilyGroupDecision.FgdmMeeting(mother.daysAgo(10), "Mum, Nan", true));
            meetings.agreePlan(id, 4, new FamilyGroupDecision.FamilysPlanAgreement(mother.daysAgo(9),
                    List.of(new FamilyGroupDecision.FamilysPlanStep("Take Ivy to school", "Nan", mother.daysAgo(-5))),
                    "Ivy stays with Nan", "A bus pass", null, "With Nan, at her flat", mother.daysAgo(-40)));
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(tasks(id)).containsExactly(
                "FGDM_MEETING " + mother.daysAgo(-20) + " true", "FGDM_PLAN_REVIEW " + mother.daysAgo(-40) + " false"));

        List<Summary> summaries = users.call("team.manager", () -> decisions.forChild(sister));
        assertThat(summaries).singleElement().satisfies(summary -> {
            assertThat(summary.stage()).isEqualTo(FgdmStage.CHILD_PROTECTION);
            assertThat(summary.status()).isEqualTo(FgdmStatus.PLAN_AGREED);
            assertThat(summary.offeredOn()).isEqualTo(mother.daysAgo(18));
            assertThat(summary.answer()).isEqualTo(Answer.ACCEPTED);
            assertThat(summary.heldOn()).isEqualTo(mother.daysAgo(10));
            assertThat(summary.privateFamilyTime()).isTrue();
            assertThat(summary.plan().livesWith()).isEqualTo("With Nan, at her flat");
            assertThat(summary.plan().supportRequested()).isEqualTo("A bus pass");
            assertThat(summary.plan().steps()).extracting(FamilyGroupDecision.FamilysPlanStep::who).containsExactly("Nan");
        });

        users.run("social.worker", () -> meetings.review(id, 5, new FamilysPlanReview(mother.daysAgo(1), "Going well")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(tasks(id)).allMatch(task -> task.endsWith("true"));
            for (UUID each : List.of(child, sister)) {
                assertThat(chronology(each)).containsExactly("Family group decision-making meeting considered",
                        "Family group decision-making meeting offered", "Family group decision-making meeting accepted",
                        "Family group decision-making meeting held", "Family's plan agreed at the family group meeting",
                        "Family's plan from the family group meeting reviewed");
            }
        });
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.PLAN_REVIEWED);
    }

    @Test
    void aChildHasOneOpenFamilyGroupDecisionAtEachStage() {
        UUID child = familyHelp.child("Otto", "Onceworth");
        mother.considered(child, FgdmStage.FAMILY_HELP);
        assertThatThrownBy(() -> mother.considered(child, FgdmStage.FAMILY_HELP)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already has a family group decision open at the family help stage");
        assertThat(mother.considered(child, FgdmStage.PRE_PROCEEDINGS)).isNotNull();
    }

    @Test
    void notOfferingNeedsAManagersApprovalThatAMeetingIsNotInTheChildsBestInterests() {
        UUID child = familyHelp.child("Nell", "Notoffer");
        UUID id = mother.considered(child);
        assertThatThrownBy(() -> users.run("social.worker", () -> offers.proposeNotOffering(id, 0,
                new FgdmNotOffering(false, "Too much going on"))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Confirm that offering a meeting is not in the child's best interests");
        users.run("social.worker", () -> offers.proposeNotOffering(id, 0, new FgdmNotOffering(true, "Risk to Mum")));
        assertThatThrownBy(() -> users.run("social.worker", () -> offers.offer(id, 1,
                new FgdmOffer("Mum", mother.daysAgo(1))))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("A manager is deciding");
        assertThatThrownBy(() -> users.run("social.worker", () -> offers.decideNotOffering(id, 1,
                new FgdmNotOfferingDecision(true, "I approve my own proposal")))).isInstanceOf(AccessRefused.class);
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.NOT_OFFERING_PROPOSED);

        users.run("team.manager", () -> offers.decideNotOffering(id, 1, new FgdmNotOfferingDecision(true, "Agreed")));
        View decided = mother.open(id);
        assertThat(decided.status()).isEqualTo(FgdmStatus.NOT_OFFERED);
        assertThat(decided.notOffering().approved()).isTrue();
        assertThat(decided.notOffering().decidedBy()).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(chronology(child))
                .contains("Family group decision-making meeting not offered"));
        // Closed, so another can be considered at the same stage.
        assertThat(mother.considered(child)).isNotEqualTo(id);
    }

    @Test
    void aManagerWhoRefusesNotOfferingLeavesTheMeetingToBeOffered() {
        UUID child = familyHelp.child("Remy", "Refusedworth");
        UUID id = mother.considered(child);
        users.run("social.worker", () -> offers.proposeNotOffering(id, 0, new FgdmNotOffering(true, "Dad may not cope")));
        users.run("team.manager", () -> offers.decideNotOffering(id, 1,
                new FgdmNotOfferingDecision(false, "The network can help: offer it")));
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.CONSIDERED);
        users.run("social.worker", () -> offers.offer(id, 2, new FgdmOffer("Mum and Dad", mother.daysAgo(1))));
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.OFFERED);
    }

    @Test
    void theCoordinatorMayNotBeTheChildsLeadPractitioner() {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Lea", "Leadworth", ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = episode.people().stream().filter(EpisodeView.Person::child).findFirst().orElseThrow().id();
        UUID id = mother.acceptedNotHeld(child);
        long version = mother.version(id);
        assertThatThrownBy(() -> users.run("social.worker", () -> meetings.assignCoordinator(id, version,
                new FgdmCoordinator(mother.practitioner("health.visitor"), mother.daysAgo(1)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("leads this child's work, so cannot be the independent coordinator");
        users.run("social.worker", () -> meetings.assignCoordinator(id, version,
                new FgdmCoordinator(mother.practitioner("conference.chair"), mother.daysAgo(1))));
        assertThat(mother.open(id).coordinatorName()).isNotBlank();
    }

    @Test
    void theCoordinatorMayNotBeTheChildsLeadChildProtectionPractitioner() {
        UUID child = protection.onAPlan("Lark", "Leadcpworth", 12, 2).childId();
        UUID id = mother.acceptedNotHeld(child);
        assertThatThrownBy(() -> users.run("social.worker", () -> meetings.assignCoordinator(id, mother.version(id),
                new FgdmCoordinator(mother.practitioner("child.protection"), mother.daysAgo(1)))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Ruth Calloway leads this child's work, so cannot be the independent coordinator");
    }

    @Test
    void aPartnerWhoWorksWithTheChildReadsTheirFamilyGroupDecisions() {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Pax", "Partnerread", ReferralDecision.TARGETED_EARLY_HELP);
        UUID child = episode.people().stream().filter(EpisodeView.Person::child).findFirst().orElseThrow().id();
        UUID id = mother.offered(child);
        assertThat(users.call("health.visitor", () -> decisions.open(id)).offeredTo()).isEqualTo("Mum and Dad");
        assertThatThrownBy(() -> users.call("school.dsl", () -> decisions.open(id))).isInstanceOf(AccessRefused.class);
    }

    @Test
    void anAcceptedMeetingNeedsTheDateItIsToBeHeldByAndEveryProblemComesAtOnce() {
        UUID child = familyHelp.child("Dora", "Duedate");
        UUID id = mother.offered(child);
        assertThatThrownBy(() -> users.run("social.worker", () -> offers.answer(id, 1,
                new FgdmAnswer(Answer.ACCEPTED, " ", LocalDate.now().plusDays(3), null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("answeredBy", "answeredOn", "meetingDueOn"));
        users.run("social.worker", () -> offers.answer(id, 1, new FgdmAnswer(Answer.DECLINED, "Mum", mother.daysAgo(1), null)));
        assertThat(mother.open(id).status()).isEqualTo(FgdmStatus.DECLINED);
        assertThat(tasks(id)).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndPartnersDoNotRecordFamilyGroupDecisions() {
        UUID child = familyHelp.child("Sid", "Staleson");
        UUID id = mother.offered(child);
        assertThatThrownBy(() -> users.run("social.worker", () -> offers.answer(id, 0,
                new FgdmAnswer(Answer.DECLINED, "Mum", mother.daysAgo(1), null)))).isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> users.call("health.visitor", () -> decisions.consider(new FgdmConsideration(child,
                List.of(), FgdmStage.FAMILY_HELP, mother.daysAgo(1))))).isInstanceOf(AccessRefused.class);
    }

    @Test
    void theMotherMakesAHeldMeetingWithAFamilysPlan() {
        UUID child = familyHelp.child("Max", "Motherson");
        View held = mother.held(child, "Nan");
        assertThat(held.status()).isEqualTo(FgdmStatus.PLAN_AGREED);
        assertThat(held.privateFamilyTime()).isTrue();
        assertThat(held.plan().steps()).hasSize(2);
        assertThat(held.plan().livesWith()).isEqualTo("Nan");
    }
}
