package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.protection.ProtectionEvents.ChildProtectionPlanEnded;
import kith.protection.ProtectionEvents.ChildProtectionPlanReviewed;
import kith.protection.ProtectionEvents.ChildProtectionPlanStarted;
import kith.protection.ProtectionEvents.ChildProtectionVisitMade;
import kith.protection.ProtectionEvents.ConferenceHeld;
import kith.protection.ProtectionEvents.ConferenceScheduled;
import kith.protection.ProtectionEvents.CoreGroupMet;
import kith.protection.ProtectionEvents.LeadChildProtectionPractitionerAssigned;
import kith.protection.ProtectionEvents.Section47EnquiryCompleted;
import kith.protection.ProtectionEvents.Section47EnquiryStarted;
import kith.protection.ProtectionEvents.StrategyDiscussionHeld;
import kith.protection.ProtectionEvents.TransferInNotified;
import kith.protection.ProtectionEvents.TransferOutNotified;
import org.junit.jupiter.api.Test;

/**
 * What each child protection event says in the chronology: the title and detail shown to those who may open the
 * child's child protection records, the outline shown to everyone else who may open the child's record, the link,
 * and whether it is a key statutory event.
 */
class ChildProtectionTitlesTests {

    static final LocalDate ON = LocalDate.of(2027, 3, 4);
    static final UUID CHILD = UUID.randomUUID();
    static final UUID SIBLING = UUID.randomUUID();
    static final UUID EPISODE = UUID.randomUUID();
    static final UUID ID = UUID.randomUUID();
    static final UUID PLAN = UUID.randomUUID();
    static final UUID LEAD = UUID.randomUUID();

    private static NewEntry only(List<NewEntry> entries) {
        assertThat(entries).hasSize(1);
        NewEntry entry = entries.getFirst();
        assertThat(entry.childId()).isEqualTo(CHILD);
        assertThat(entry.aboutChildProtection()).as("carries an outline").isTrue();
        assertThat(entry.linkChildren()).containsExactly(CHILD);
        return entry;
    }

    // Working Together 2023: the council's social worker, health and police take part in every strategy discussion.
    @Test
    void aStrategyDiscussionNamesTheAgenciesMissingOnlyToThoseWhoMayOpenItAndLinksOnlyForAllItsChildren() {
        List<NewEntry> entries = ProtectionEntries.of(new StrategyDiscussionHeld(ID, EPISODE, List.of(CHILD, SIBLING, CHILD),
                ON, false, true, true, List.of("Health", "Police"), null, LEAD, "Sam Okoro", null));
        assertThat(entries).extracting(NewEntry::childId).containsExactly(CHILD, SIBLING);
        assertThat(entries).extracting(NewEntry::sourceEventId).doesNotHaveDuplicates();
        NewEntry entry = entries.getFirst();
        assertThat(entry.title()).isEqualTo("Strategy discussion held without health and police");
        assertThat(entry.detail()).isEqualTo("A section 47 enquiry starts. The child needs immediate protection.");
        assertThat(entry.outline()).isEqualTo("Strategy discussion held");
        assertThat(entry.link()).isEqualTo("/child-protection/strategy-discussions/" + ID);
        assertThat(entry.linkChildren()).containsExactly(CHILD, SIBLING);
        assertThat(entry.kind()).isEqualTo(ChronologyKind.STRATEGY_DISCUSSION);
        assertThat(entry.actorName()).isEqualTo("Sam Okoro");
        assertThat(entry.statutory()).isTrue();

        NewEntry byPhone = ProtectionEntries.of(new StrategyDiscussionHeld(ID, EPISODE, List.of(CHILD), ON, true, false,
                false, List.of(), ON.plusDays(7), LEAD, "Sam Okoro", null)).getFirst();
        assertThat(byPhone.title()).isEqualTo("Urgent strategy discussion held by phone");
        assertThat(byPhone.detail()).isEqualTo("No section 47 enquiry. A strategy meeting is due by 11 March 2027.");
        NewEntry followUp = ProtectionEntries.of(new StrategyDiscussionHeld(UUID.randomUUID(), EPISODE, List.of(CHILD), ON,
                false, true, false, List.of("Children's social care"), null, LEAD, "Sam Okoro", ID)).getFirst();
        assertThat(followUp.title()).isEqualTo("Strategy discussion held without children's social care");
        assertThat(followUp.detail()).endsWith("This meeting follows the urgent discussion by phone.");
    }

    @Test
    void anEnquiryStartsWithItsConferenceDateGetsItsLeadAndEndsWithWhatItFound() {
        NewEntry started = only(ProtectionEntries.of(new Section47EnquiryStarted(ID, EPISODE, CHILD, ON, ON.plusDays(21),
                UUID.randomUUID(), LEAD)));
        assertThat(started.title()).isEqualTo("Section 47 enquiry started").isEqualTo(started.outline());
        assertThat(started.detail()).isEqualTo("Initial child protection conference due by 25 March 2027.");
        assertThat(started.link()).isEqualTo("/child-protection/enquiries/" + ID);
        assertThat(started.statutory()).isTrue();

        NewEntry lead = only(ProtectionEntries.of(new LeadChildProtectionPractitionerAssigned(ID, CHILD, LEAD,
                "Ruth Calloway", ON, "Priya Shah", false)));
        assertThat(lead.title()).isEqualTo("Lead child protection practitioner: Ruth Calloway");
        assertThat(lead.outline()).as("the child's page names the lead to anyone who may open it").isEqualTo(lead.title());
        assertThat(lead.kind()).isEqualTo(ChronologyKind.LEAD_PRACTITIONER);
        assertThat(lead.link()).isEqualTo("/child-protection/enquiries/" + ID);
        assertThat(lead.statutory()).isFalse();
        assertThat(only(ProtectionEntries.of(new LeadChildProtectionPractitionerAssigned(PLAN, CHILD, LEAD, "Ruth Calloway",
                ON, "Priya Shah", true))).link()).isEqualTo("/child-protection/plans/" + PLAN);

        NewEntry conference = only(ProtectionEntries.of(new Section47EnquiryCompleted(ID, CHILD, ON, true, true, "Ruth Calloway")));
        assertThat(conference.title()).isEqualTo("Section 47 enquiry completed: concerns substantiated");
        assertThat(conference.detail()).isEqualTo("An initial child protection conference is needed.");
        assertThat(conference.outline()).isEqualTo("Section 47 enquiry completed");
        // CIN census ICPCnotRequired: statutory too.
        NewEntry noFurtherAction = only(ProtectionEntries.of(new Section47EnquiryCompleted(ID, CHILD, ON, false, false,
                "Ruth Calloway")));
        assertThat(noFurtherAction.title()).isEqualTo("Section 47 enquiry completed: concerns not substantiated");
        assertThat(noFurtherAction.detail()).startsWith("No further child protection action");
        assertThat(noFurtherAction.statutory()).isTrue();
    }

    @Test
    void aConferenceArrangedIsAnEntryForEachDateAndOneHeldGivesItsDecisionAndCategory() {
        NewEntry arranged = only(ProtectionEntries.of(new ConferenceScheduled(ID, CHILD, "INITIAL", ON.plusDays(6),
                ON.plusDays(5), LEAD, UUID.randomUUID(), ON)));
        assertThat(arranged.title()).isEqualTo("Initial child protection conference arranged for 10 March 2027");
        assertThat(arranged.detail()).isEqualTo("Set for after the date it is due by, 9 March 2027.");
        assertThat(arranged.outline()).isEqualTo("Initial child protection conference arranged");
        assertThat(arranged.occurredOn()).as("the day it was arranged").isEqualTo(ON);
        assertThat(arranged.link()).isEqualTo("/child-protection/conferences/" + ID);
        assertThat(arranged.kind()).isEqualTo(ChronologyKind.CONFERENCE);
        NewEntry moved = only(ProtectionEntries.of(new ConferenceScheduled(ID, CHILD, "INITIAL", ON.plusDays(5),
                ON.plusDays(5), null, UUID.randomUUID(), ON.plusDays(1))));
        assertThat(moved.detail()).isEqualTo("Due by 9 March 2027.");
        assertThat(moved.sourceEventId()).isNotEqualTo(arranged.sourceEventId());

        NewEntry held = only(ProtectionEntries.of(new ConferenceHeld(ID, CHILD, "REVIEW", ON, "CONTINUE_PLAN", "EMO", true,
                "Dana Whitfield", PLAN)));
        assertThat(held.title()).isEqualTo("Review child protection conference held (late)");
        assertThat(held.detail()).isEqualTo("The plan continues. Category: Emotional abuse.");
        assertThat(held.outline()).isEqualTo("Review child protection conference held");
        assertThat(held.actorName()).isEqualTo("Dana Whitfield");
        assertThat(held.statutory()).isTrue();
        assertThat(only(ProtectionEntries.of(new ConferenceHeld(ID, CHILD, "TRANSFER_IN", ON, "NO_PLAN", null, false,
                "Dana Whitfield", UUID.randomUUID()))).detail()).isEqualTo("The child does not need a child protection plan.");
    }

    @Test
    void aPlanStartsWithItsCategoryAndLeadIsReviewedAndEndsWithItsReasonAndWhoWasTold() {
        NewEntry started = only(ProtectionEntries.of(new ChildProtectionPlanStarted(PLAN, EPISODE, CHILD, ON, "NEG", 1, LEAD,
                "Ruth Calloway", UUID.randomUUID(), ON.plusDays(14), ON.plusDays(14), ON.plusMonths(3))));
        assertThat(started.title()).isEqualTo("Child protection plan started: Neglect");
        assertThat(started.detail()).isEqualTo("Lead child protection practitioner: Ruth Calloway. The child has had 1 plan before.");
        assertThat(started.outline()).isEqualTo("Child protection plan started");
        assertThat(started.link()).isEqualTo("/child-protection/plans/" + PLAN);
        assertThat(started.kind()).isEqualTo(ChronologyKind.CHILD_PROTECTION_PLAN);
        assertThat(started.statutory()).isTrue();

        NewEntry reviewed = only(ProtectionEntries.of(new ChildProtectionPlanReviewed(PLAN, CHILD, ON, "PHY",
                ON.plusMonths(6), LEAD)));
        assertThat(reviewed.title()).isEqualTo("Child protection plan reviewed");
        assertThat(reviewed.detail()).isEqualTo("Category: Physical abuse. Next review conference due by 4 September 2027.");

        NewEntry ended = only(ProtectionEntries.of(new ChildProtectionPlanEnded(PLAN, EPISODE, CHILD, ON, "BECAME_LOOKED_AFTER",
                List.of("Ben Adams (Demoshire Police)", "Grace Adeyemi (Demo Community Health NHS Trust)"), "Priya Shah")));
        assertThat(ended.title()).isEqualTo("Child protection plan ended");
        assertThat(ended.detail()).isEqualTo("The child became looked after. Told: Ben Adams (Demoshire Police), "
                + "Grace Adeyemi (Demo Community Health NHS Trust).");
        assertThat(ended.outline()).isEqualTo("Child protection plan ended");
        assertThat(ended.statutory()).isTrue();
    }

    @Test
    void aStatutoryVisitSaysWhetherTheChildWasSeenAloneAndTheBedroomSeenAndACoreGroupWhenItMeetsNext() {
        UUID visit = UUID.randomUUID();
        NewEntry alone = only(ProtectionEntries.of(new ChildProtectionVisitMade(visit, PLAN, CHILD, ON, true, true, false,
                ON.plusDays(14), false, LEAD, "Ruth Calloway")));
        assertThat(alone.title()).isEqualTo("Statutory visit: child seen alone");
        assertThat(alone.detail()).isEqualTo("Bedroom not seen. Next visit due by 18 March 2027.");
        assertThat(alone.outline()).isEqualTo("Statutory visit");
        assertThat(alone.kind()).isEqualTo(ChronologyKind.VISIT);
        assertThat(alone.link()).isEqualTo("/child-protection/plans/" + PLAN);
        assertThat(alone.sourceEventId()).isEqualTo("ChildProtectionVisitMade:" + visit + ":" + CHILD);
        assertThat(only(ProtectionEntries.of(new ChildProtectionVisitMade(visit, PLAN, CHILD, ON, true, false, true,
                ON.plusDays(14), true, LEAD, "Ruth Calloway"))).title()).isEqualTo("Statutory visit (late): child seen, not alone");
        NewEntry notSeen = only(ProtectionEntries.of(new ChildProtectionVisitMade(visit, PLAN, CHILD, ON, false, false, false,
                ON.plusDays(14), false, LEAD, "Ruth Calloway")));
        assertThat(notSeen.title()).isEqualTo("Statutory visit: child not seen");

        NewEntry met = only(ProtectionEntries.of(new CoreGroupMet(ID, PLAN, CHILD, ON, ON.plusDays(28), true, LEAD,
                "Ruth Calloway")));
        assertThat(met.title()).isEqualTo("Core group met (late)");
        assertThat(met.detail()).isEqualTo("Next meeting due by 1 April 2027.");
        assertThat(met.outline()).isEqualTo("Core group met");
        assertThat(met.kind()).isEqualTo(ChronologyKind.CORE_GROUP);
        assertThat(met.statutory()).isFalse();
    }

    @Test
    void aMoveInNamesTheCouncilAndItsConferenceDateAndAMoveOutKeepsTheNewCouncilOutOfTheOutline() {
        NewEntry in = only(ProtectionEntries.of(new TransferInNotified(ID, EPISODE, CHILD, "Northby Council", ON,
                ON.plusDays(21), LEAD, "Sam Okoro")));
        assertThat(in.title()).isEqualTo("Moved here on a child protection plan of Northby Council");
        assertThat(in.detail()).isEqualTo("Transfer-in conference due by 25 March 2027.");
        assertThat(in.outline()).isEqualTo("Moved here on another council's child protection plan");
        assertThat(in.link()).isEqualTo("/child-protection/transfers-in/" + ID);
        assertThat(in.statutory()).isTrue();

        NewEntry out = only(ProtectionEntries.of(new TransferOutNotified(PLAN, CHILD, "Southby Council", ON, "Priya Shah")));
        assertThat(out.title()).isEqualTo("Moving to Southby Council");
        assertThat(out.outline()).isEqualTo("Moving to another council").doesNotContain("Southby");
        assertThat(out.link()).isEqualTo("/child-protection/plans/" + PLAN);
        assertThat(out.kind()).isEqualTo(ChronologyKind.CHILD_PROTECTION);
    }
}
