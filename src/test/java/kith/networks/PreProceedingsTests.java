package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.networks.PreProceeding.CinPreProceedings;
import kith.networks.PreProceeding.LetterIncludes;
import kith.networks.PreProceeding.LpmDecision;
import kith.networks.PreProceeding.PpCourtApplication;
import kith.networks.PreProceeding.PpLegalPlanningMeeting;
import kith.networks.PreProceeding.PpLetter;
import kith.networks.PreProceeding.PpMeeting;
import kith.networks.PreProceeding.PpStart;
import kith.networks.PreProceeding.PpStepDecision;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pre-proceedings under the Public Law Outline: the letter before proceedings needs the offer of a family group
 * decision-making meeting or a manager's approved exemption (s31ZA(6) and (3) Children Act 1989), refused from the
 * duty's configurable commencement date and warned about before it; the application to court waits for an accepted
 * meeting to be held (s31ZA(2)) unless a manager records why it cannot; and the CIN census 2026-27 block.
 */
@KithTest
class PreProceedingsTests {

    @Autowired PreProceedings preProceedings;
    @Autowired PreProceedingsSteps steps;
    @Autowired PreProceedingsCensus census;
    @Autowired FgdmDuty duty;
    @Autowired FgdmMother fgdm;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void notCommenced() {
        commences(null);
    }

    private void commences(LocalDate on) {
        users.run("admin", () -> duty.change(duty.setting().version(), on));
    }

    private long version(UUID id) {
        return users.call("social.worker", () -> preProceedings.open(id)).version();
    }

    /** Pre-proceedings started 30 days ago, with a legal planning meeting 28 days ago deciding to enter them. */
    private UUID entered(UUID child) {
        UUID id = users.call("social.worker", () -> preProceedings.start(new PpStart(child, fgdm.daysAgo(30))));
        users.run("social.worker", () -> preProceedings.legalPlanningMeeting(id, 0,
                new PpLegalPlanningMeeting(fgdm.daysAgo(28), LpmDecision.ENTER_PRE_PROCEEDINGS)));
        return id;
    }

    private Optional<String> letter(UUID id, int daysAgo) {
        return users.call("social.worker", () -> preProceedings.sendLetter(id, version(id), new PpLetter(fgdm.daysAgo(daysAgo))));
    }

    @Test
    void afterCommencementALetterWithoutTheOfferIsRefusedNamingSection31ZA() {
        commences(fgdm.daysAgo(100));
        UUID child = familyHelp.child("Lou", "Letterless");
        UUID id = entered(child);
        assertThatThrownBy(() -> letter(id, 20)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("sentOn");
                    assertThat(problem.message()).isEqualTo("The letter before proceedings must include the offer of a "
                            + "family group decision-making meeting (section 31ZA of the Children Act 1989), or a "
                            + "manager's approved exemption");
                }));
        assertThat(users.call("social.worker", () -> preProceedings.open(id)).letterSentOn()).isNull();

        fgdm.offered(child);
        assertThat(letter(id, 10)).isEmpty();
        PreProceeding.View sent = users.call("social.worker", () -> preProceedings.open(id));
        assertThat(sent.letterSentOn()).isEqualTo(fgdm.daysAgo(10));
        assertThat(sent.letterIncludes()).isEqualTo(LetterIncludes.FGDM_OFFER);
    }

    @Test
    void aManagersApprovedExemptionLetsTheLetterGoWithoutTheOffer() {
        commences(fgdm.daysAgo(100));
        UUID child = familyHelp.child("Ezra", "Exempted");
        UUID id = entered(child);
        fgdm.notOfferedApproved(child);
        assertThat(letter(id, 5)).isEmpty();
        assertThat(users.call("social.worker", () -> preProceedings.open(id)).letterIncludes())
                .isEqualTo(LetterIncludes.EXEMPTION);
    }

    @Test
    void beforeCommencementALetterWithoutTheOfferIsRecordedWithAWarning() {
        UUID child = familyHelp.child("Wren", "Warnedworth");
        commences(fgdm.daysAgo(-30)); // commences next month: not yet in force on the letter's date
        UUID id = entered(child);
        Optional<String> warning = letter(id, 20);
        assertThat(warning).hasValueSatisfying(text -> assertThat(text).contains("Section 31ZA of the Children Act 1989",
                "not yet in force"));
        PreProceeding.View sent = users.call("social.worker", () -> preProceedings.open(id));
        assertThat(sent.letterSentOn()).isEqualTo(fgdm.daysAgo(20));
        assertThat(sent.letterIncludes()).isEqualTo(LetterIncludes.NEITHER);
        assertThat(sent.letterWarning()).isEqualTo(warning.get());
    }

    @Test
    void theCommencementDateIsAnAdministratorsSetting() {
        assertThat(duty.setting().commencesOn()).as("empty by default: not commenced").isNull();
        assertThatThrownBy(() -> users.run("team.manager", () -> duty.change(duty.setting().version(), LocalDate.now())))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void theCourtApplicationWaitsForAnAcceptedMeetingUnlessAManagerRecordsWhyItCannot() {
        UUID child = familyHelp.child("Cass", "Courtley");
        UUID id = entered(child);
        fgdm.acceptedNotHeld(child);
        letter(id, 10);
        assertThatThrownBy(() -> users.run("social.worker", () -> steps.courtApplication(id, version(id),
                new PpCourtApplication(fgdm.daysAgo(1), null, null))))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("has not been held. Hold it before applying to court (section 31ZA(2)");
        assertThatThrownBy(() -> users.run("social.worker", () -> steps.courtApplication(id, version(id),
                new PpCourtApplication(fgdm.daysAgo(1), "The baby is at risk tonight", null))))
                .as("only a manager gives the urgent reason").isInstanceOf(AccessRefused.class);
        assertThat(users.call("social.worker", () -> preProceedings.open(id)).courtApplicationOn()).isNull();

        users.run("team.manager", () -> steps.courtApplication(id, version(id),
                new PpCourtApplication(fgdm.daysAgo(1), "The baby is at risk tonight", null)));
        PreProceeding.View applied = users.call("social.worker", () -> preProceedings.open(id));
        assertThat(applied.courtApplicationOn()).isEqualTo(fgdm.daysAgo(1));
        assertThat(applied.courtUrgentReason()).isEqualTo("The baby is at risk tonight");
        assertThat(applied.open()).isFalse();
    }

    @Test
    void theCourtApplicationGoesAheadOnceTheAcceptedMeetingIsHeld() {
        UUID child = familyHelp.child("Hal", "Heldworth");
        UUID id = entered(child);
        fgdm.held(child);
        letter(id, 5);
        users.run("social.worker", () -> steps.courtApplication(id, version(id),
                new PpCourtApplication(fgdm.daysAgo(1), null, null)));
        assertThat(users.call("social.worker", () -> preProceedings.open(id)).courtApplicationOn()).isEqualTo(fgdm.daysAgo(1));
    }

    @Test
    void theCinCensusBlockHasExactlyTheDatesCountsAndOutcome() {
        UUID child = familyHelp.child("Cora", "Censusdale");
        assertThat(users.call("analyst", () -> census.forChild(child))).isEmpty();
        UUID id = entered(child);
        fgdm.held(child); // considered at the pre-proceedings stage, offered 18 days ago, held 10 days ago
        letter(id, 25);
        users.run("social.worker", () -> {
            steps.meeting(id, version(id), new PpMeeting(fgdm.daysAgo(24), fgdm.daysAgo(14)));
            steps.meeting(id, version(id), new PpMeeting(fgdm.daysAgo(14), fgdm.daysAgo(4)));
            steps.meeting(id, version(id), new PpMeeting(fgdm.daysAgo(4), null));
            steps.stepDecision(id, version(id), new PpStepDecision(fgdm.daysAgo(3), "C"));
            steps.courtApplication(id, version(id), new PpCourtApplication(fgdm.daysAgo(2), null, fgdm.daysAgo(1)));
        });
        CinPreProceedings block = users.call("analyst", () -> census.forChild(child)).orElseThrow();
        assertThat(block).isEqualTo(new CinPreProceedings(fgdm.daysAgo(30), fgdm.daysAgo(25), 1, 1, fgdm.daysAgo(24), 2,
                fgdm.daysAgo(3), "C", fgdm.daysAgo(2), fgdm.daysAgo(1)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT title FROM chronology_entry WHERE child_id = :c AND kind = 'PRE_PROCEEDINGS' ORDER BY occurred_on, title")
                    .param("c", child).query(String.class).list()).containsExactly("Pre-proceedings started",
                    "Legal planning meeting held", "Letter before proceedings sent", "Initial pre-proceedings meeting held",
                    "Pre-proceedings review meeting held", "Pre-proceedings review meeting held",
                    "Pre-proceedings step decision", "Application to court made");
            assertThat(jdbc.sql("SELECT count(*) FROM task WHERE source_id = :s AND kind = 'PRE_PROCEEDINGS_REVIEW' AND done_on IS NULL")
                    .param("s", id).query(Long.class).single()).isZero();
        });
    }

    @Test
    void theStepDecisionOutcomesAreDataWithLabels() {
        assertThat(steps.outcomes()).extracting(PreProceeding.Outcome::code).containsExactly("A", "B", "C");
        UUID child = familyHelp.child("Stella", "Stepdown");
        UUID id = entered(child);
        fgdm.offered(child);
        letter(id, 5);
        assertThatThrownBy(() -> users.run("social.worker", () -> steps.stepDecision(id, version(id),
                new PpStepDecision(fgdm.daysAgo(1), "D")))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Select the outcome");
        users.run("social.worker", () -> steps.stepDecision(id, version(id), new PpStepDecision(fgdm.daysAgo(1), "A")));
        PreProceeding.View ended = users.call("social.worker", () -> preProceedings.open(id));
        assertThat(ended.outcomeLabel()).isEqualTo("Step down: pre-proceedings end");
        assertThat(ended.open()).isFalse();
        assertThat(users.call("social.worker", () -> preProceedings.start(new PpStart(child, fgdm.daysAgo(0)))))
                .as("ended, so the child may start again").isNotNull();
        assertThat(users.call("social.worker", () -> preProceedings.ofChild(child))).hasSize(2);
    }
}
