package kith.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.UserAccounts;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FamilyGroupDecision.FamilysPlanAgreement;
import kith.networks.FamilyGroupDecision.FamilysPlanStep;
import kith.networks.FamilyGroupDecision.FgdmAnswer;
import kith.networks.FamilyGroupDecision.FgdmConsideration;
import kith.networks.FamilyGroupDecision.FgdmCoordinator;
import kith.networks.FamilyGroupDecision.FgdmMeeting;
import kith.networks.FamilyGroupDecision.FgdmNotOffering;
import kith.networks.FamilyGroupDecision.FgdmNotOfferingDecision;
import kith.networks.FamilyGroupDecision.FgdmOffer;
import kith.networks.FamilyGroupDecision.FgdmPreparation;
import kith.networks.FamilyGroupDecision.View;
import kith.shared.Today;
import kith.support.Users;
import org.springframework.stereotype.Component;

/**
 * Family group decisions at each step, for tests (of this module and of those that read it: support packages,
 * kinship care, pre-proceedings). Each step is recorded by {@code social.worker} as the services require, with
 * dates in the past: considered 20 days ago, offered 18, accepted 15, the coordinator 14, prepared 12, held 10, the
 * family's plan agreed 9 days ago. The coordinator is {@code conference.chair}'s practitioner (independent of a
 * fresh child's work).
 */
@Component
public class FgdmMother {

    private final Users users;
    private final FamilyGroupDecisions decisions;
    private final FgdmOffers offers;
    private final FgdmMeetings meetings;
    private final UserAccounts accounts;
    private final Today today;

    FgdmMother(Users users, FamilyGroupDecisions decisions, FgdmOffers offers, FgdmMeetings meetings,
            UserAccounts accounts, Today today) {
        this.users = users;
        this.decisions = decisions;
        this.offers = offers;
        this.meetings = meetings;
        this.accounts = accounts;
        this.today = today;
    }

    public LocalDate daysAgo(int days) {
        return today.date().minusDays(days);
    }

    public UUID practitioner(String username) {
        return accounts.loadUserByUsername(username).practitionerId();
    }

    /** Considered at the pre-proceedings stage. */
    public UUID considered(UUID childId) {
        return considered(childId, FgdmStage.PRE_PROCEEDINGS);
    }

    public UUID considered(UUID childId, FgdmStage stage) {
        return users.call("social.worker", () -> decisions.consider(new FgdmConsideration(childId, List.of(), stage,
                daysAgo(20))));
    }

    /** Offered to the parents. */
    public UUID offered(UUID childId) {
        UUID id = considered(childId);
        users.run("social.worker", () -> offers.offer(id, version(id), new FgdmOffer("Mum and Dad", daysAgo(18))));
        return id;
    }

    /** Accepted by Mum, the meeting due in 20 days and not yet held. */
    public UUID acceptedNotHeld(UUID childId) {
        UUID id = offered(childId);
        users.run("social.worker", () -> offers.answer(id, version(id),
                new FgdmAnswer(Answer.ACCEPTED, "Mum", daysAgo(15), daysAgo(-20))));
        return id;
    }

    /** Not offered: a manager approved, a meeting not being in the child's best interests. */
    public UUID notOfferedApproved(UUID childId) {
        return notOfferedApproved(childId, FgdmStage.PRE_PROCEEDINGS);
    }

    public UUID notOfferedApproved(UUID childId, FgdmStage stage) {
        UUID id = considered(childId, stage);
        users.run("social.worker", () -> offers.proposeNotOffering(id, version(id),
                new FgdmNotOffering(true, "Dad has been violent at every family meeting")));
        users.run("team.manager", () -> offers.decideNotOffering(id, version(id),
                new FgdmNotOfferingDecision(true, "Agreed: the risk to Mum is too high")));
        return id;
    }

    /** Held with private family time, with a family's plan: the child to live with {@code livesWith} (words). */
    public View held(UUID childId, String livesWith) {
        UUID id = acceptedNotHeld(childId);
        users.run("social.worker", () -> {
            meetings.assignCoordinator(id, version(id), new FgdmCoordinator(practitioner("conference.chair"), daysAgo(14)));
            meetings.prepare(id, version(id), new FgdmPreparation("Met Mum and Nan to explain the meeting", "Mum, Nan",
                    daysAgo(12)));
            meetings.hold(id, version(id), new FgdmMeeting(daysAgo(10), "Mum, Dad, Nan, Uncle Ray", true));
            meetings.agreePlan(id, version(id), new FamilysPlanAgreement(daysAgo(9),
                    List.of(new FamilysPlanStep("School run every weekday", "Nan", daysAgo(-30)),
                            new FamilysPlanStep("Sunday dinner with the children", "Uncle Ray", daysAgo(-7))),
                    "The children stay with Nan if Mum is unwell", "A bus pass for Nan", null, livesWith, daysAgo(-60)));
        });
        return open(id);
    }

    public View held(UUID childId) {
        return held(childId, null);
    }

    public View open(UUID id) {
        return users.call("social.worker", () -> decisions.open(id));
    }

    public long version(UUID id) {
        return users.call("social.worker", () -> decisions.open(id)).version();
    }
}
