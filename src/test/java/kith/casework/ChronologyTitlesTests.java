package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpEvents.AssessmentAuthorised;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.SteppedUpToChildProtection;
import kith.familyhelp.FamilyHelpEvents.VisitRecorded;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralReceived;
import org.junit.jupiter.api.Test;

/** What each event says in the chronology: titles, who, statutory or not, and one entry per child. */
class ChronologyTitlesTests {

    static final LocalDate ON = LocalDate.of(2026, 3, 4);
    static final UUID CHILD = UUID.randomUUID();
    static final UUID SIBLING = UUID.randomUUID();
    static final UUID EPISODE = UUID.randomUUID();

    @Test
    void aReferralNamesItsSourceAndARepeatWithin12MonthsIsFlagged() {
        UUID referral = UUID.randomUUID();
        NewEntry entry = Entries.of(new ReferralReceived(referral, CHILD, ON, "3B", true)).getFirst();
        assertThat(entry.title()).isEqualTo("Referral received (re-referral)");
        assertThat(entry.detail()).isEqualTo("Source: HEALTH SERVICES - health visitor. Within 12 months of the last referral.");
        assertThat(entry.link()).isEqualTo("/front-door/referrals/" + referral);
        assertThat(entry.sourceEventId()).isEqualTo("ReferralReceived:" + referral + ":" + CHILD);
        assertThat(entry.statutory()).isTrue();
    }

    // Working Together 2023: the decision on a referral is due within one working day.
    @Test
    void aLateDecisionSaysSo() {
        NewEntry entry = Entries.of(new ReferralDecided(UUID.randomUUID(), CHILD, ReferralDecision.NO_FURTHER_ACTION, ON,
                "front.door", true, ON.minusDays(2)), "Jordan Ellis").getFirst();
        assertThat(entry.title()).isEqualTo("Decision: No further action");
        assertThat(entry.detail()).contains("after the one working day");
        assertThat(entry.actorName()).isEqualTo("Jordan Ellis");
    }

    @Test
    void anEventAboutSiblingsWritesOneEntryForEachChildOnce() {
        List<NewEntry> entries = Entries.of(new VisitRecorded(UUID.randomUUID(), EPISODE, List.of(CHILD, SIBLING, CHILD), ON,
                false, "Sam Okoro"));
        assertThat(entries).extracting(NewEntry::childId).containsExactly(CHILD, SIBLING);
        assertThat(entries).extracting(NewEntry::title).containsOnly("Visit: child not seen alone");
        assertThat(entries).extracting(NewEntry::sourceEventId).doesNotHaveDuplicates();
    }

    @Test
    void aVisitLinksToTheVisitItselfWhereItsNotesAreReadBack() {
        UUID visit = UUID.randomUUID();
        NewEntry entry = Entries.of(new VisitRecorded(visit, EPISODE, List.of(CHILD), ON, true, "Sam Okoro")).getFirst();
        assertThat(entry.link()).isEqualTo("/family-help/visits/" + visit);
    }

    @Test
    void aChildInNeedPlanIsStatutoryAndCountsItsGoals() {
        NewEntry cinPlan = Entries.of(new FamilyPlanAgreed(UUID.randomUUID(), EPISODE, List.of(CHILD), ON, true, 1,
                ON.plusMonths(3), UUID.randomUUID(), "Grace Adeyemi")).getFirst();
        assertThat(cinPlan.title()).isEqualTo("Family plan agreed with the family (1 goal)");
        assertThat(cinPlan.detail()).isEqualTo("A child in need plan (section 17). First review due by 4 June 2026.");
        assertThat(cinPlan.statutory()).isTrue();

        NewEntry earlyHelpPlan = Entries.of(new FamilyPlanAgreed(UUID.randomUUID(), EPISODE, List.of(CHILD), ON, false, 3,
                null, UUID.randomUUID(), "Grace Adeyemi")).getFirst();
        assertThat(earlyHelpPlan.title()).isEqualTo("Family plan agreed with the family (3 goals)");
        assertThat(earlyHelpPlan.detail()).isNull();
        assertThat(earlyHelpPlan.statutory()).isFalse();
    }

    @Test
    void aClosureGivesTheDfeReasonForClosureAndAStepUpItsReason() {
        assertThat(Entries.of(new EpisodeClosed(EPISODE, List.of(CHILD), ON, "RC8", "Priya Shah")).getFirst().title())
                .isEqualTo("Family Help closed: RC8 Case closed after assessment, no further action");
        assertThat(Entries.of(new EpisodeClosed(EPISODE, List.of(CHILD), ON, "RC99", "Priya Shah")).getFirst().title())
                .isEqualTo("Family Help closed: RC99");
        NewEntry stepUp = Entries.of(new SteppedUpToChildProtection(EPISODE, List.of(CHILD), ON, "Injuries to a baby",
                UUID.randomUUID(), "Priya Shah")).getFirst();
        assertThat(stepUp.title()).isEqualTo("Stepped up to child protection");
        assertThat(stepUp.detail()).isEqualTo("Injuries to a baby");
        assertThat(stepUp.statutory()).isTrue();
        assertThat(stepUp.link()).isEqualTo("/family-help/" + EPISODE);
    }

    @Test
    void anAuthorisationNamesTheManager() {
        NewEntry entry = Entries.of(new AssessmentAuthorised(UUID.randomUUID(), EPISODE, CHILD, ON, "Priya Shah")).getFirst();
        assertThat(entry.title()).isEqualTo("Assessment authorised by Priya Shah");
        assertThat(entry.kind()).isEqualTo(ChronologyKind.ASSESSMENT);
    }
}
