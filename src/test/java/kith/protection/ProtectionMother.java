package kith.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.UserAccounts;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.ReferralDecision;
import kith.partnership.PartnershipDirectory;
import kith.protection.ChildProtectionPlan.NewPlan;
import kith.protection.ChildProtectionPlan.Step;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Attendance;
import kith.protection.Conference.Decision;
import kith.protection.Conference.Held;
import kith.protection.Conference.Invitee;
import kith.protection.Conference.InviteeKind;
import kith.protection.StrategyDiscussion.AgreedAction;
import kith.protection.StrategyDiscussion.Participant;
import kith.shared.Today;
import kith.support.Users;
import kith.timescales.WorkingCalendar;
import kith.timescales.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Families part-way through child protection, for tests: a Family Help episode led by the health visitor, stepped
 * up; a strategy discussion with the council's social worker, police and health; a section 47 enquiry led by
 * {@code child.protection}; an initial conference that sets a plan under neglect. Dates are working days before
 * today, so that everything is in the past as the services require.
 */
@Component
public class ProtectionMother {

    private final Users users;
    private final FamilyHelpMother familyHelp;
    private final FamilyHelpDecisions decisions;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ChildProtectionPlans plans;
    private final UserAccounts accounts;
    private final PartnershipDirectory partnership;
    private final WorkingDays workingDays;
    private final Today today;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ProtectionMother(Users users, FamilyHelpMother familyHelp, FamilyHelpDecisions decisions,
            StrategyDiscussions discussions, Section47Enquiries enquiries, Conferences conferences,
            ChildProtectionPlans plans, UserAccounts accounts, PartnershipDirectory partnership, WorkingDays workingDays,
            Today today, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.users = users;
        this.familyHelp = familyHelp;
        this.decisions = decisions;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.accounts = accounts;
        this.partnership = partnership;
        this.workingDays = workingDays;
        this.today = today;
        this.jdbc = jdbc;
    }

    /** A family's work at each step: the episode, the discussion, the enquiry, the conference and the plan. */
    public record Case(EpisodeView episode, UUID childId, UUID discussionId, UUID enquiryId, UUID conferenceId,
            UUID planId) {}

    public UUID practitioner(String username) {
        return accounts.loadUserByUsername(username).practitionerId();
    }

    /** The working day {@code n} working days before today (today itself for 0, if a working day). */
    public LocalDate workingDaysAgo(int n) {
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate day = today.date();
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        for (int i = 0; i < n; i++) {
            do {
                day = day.minusDays(1);
            } while (!calendar.isWorkingDay(day));
        }
        return day;
    }

    /**
     * A Family Help episode led by the health visitor, stepped up to child protection by the team manager, and on
     * the team's list: the step-up is received by a listener after Family Help's commit, and a discussion recorded
     * before it arrived would leave the step-up (and the team's access through it) open for ever.
     */
    public EpisodeView steppedUp(String given, String family) {
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor(given, family, ReferralDecision.SECTION_17_ASSESSMENT);
        EpisodeView steppedUp = users.call("team.manager", () -> decisions.stepUp(episode.id(), episode.version(),
                "Bruising seen at nursery and no explanation"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM child_protection_step_up WHERE episode_id = :episode")
                .param("episode", episode.id()).query(Long.class).single() > 0);
        return steppedUp;
    }

    /** The three agencies Working Together 2023 expects: the council's social worker, police and health. */
    public List<Participant> requiredAgencies() {
        return List.of(participant("social.worker", AgencyType.SOCIAL_CARE), participant("police.officer", AgencyType.POLICE),
                participant("health.visitor", AgencyType.HEALTH));
    }

    public Participant participant(String username, AgencyType type) {
        var p = partnership.practitioner(practitioner(username)).orElseThrow();
        return new Participant(p.id(), p.fullName(), p.agencyName(), type, p.jobTitle());
    }

    public StrategyDiscussion.Record discussion(EpisodeView episode, LocalDate heldOn, List<Participant> participants,
            String missingReason, boolean section47) {
        return new StrategyDiscussion.Record(episode.id(), List.of(childOf(episode)), heldOn, StrategyDiscussion.Kind.MEETING,
                null, participants, missingReason, "Police: no previous call-outs. Health: missed appointments.",
                LawfulBasis.SAFEGUARDING, section47, false, null, "Unexplained bruising on a child under five",
                List.of(new AgreedAction("Visit the family today", "Sam Okoro", heldOn)), null);
    }

    /** Up to a section 47 enquiry started by a discussion {@code discussionDaysAgo} working days ago. */
    public Case enquiry(String given, String family, int discussionDaysAgo) {
        EpisodeView episode = steppedUp(given, family);
        UUID discussion = users.call("social.worker", () -> discussions.record(
                discussion(episode, workingDaysAgo(discussionDaysAgo), requiredAgencies(), null, true)));
        UUID enquiry = enquiries.ofEpisode(episode.id()).get(0).id();
        return new Case(episode, childOf(episode), discussion, enquiry, null, null);
    }

    /** Up to the enquiry led by {@code child.protection} and completed as needing an initial conference. */
    public Case enquiryCompleted(String given, String family, int discussionDaysAgo, int completedDaysAgo) {
        Case c = enquiry(given, family, discussionDaysAgo);
        long version = users.call("team.manager", () -> enquiries.assignLead(c.enquiryId(),
                enquiries.load(c.enquiryId()).version(), practitioner("child.protection"))).version();
        users.run("child.protection", () -> enquiries.complete(c.enquiryId(), version, new Section47Enquiries.Findings(
                "Bruising consistent with rough handling; home conditions poor", true,
                Section47Enquiries.Outcome.INITIAL_CONFERENCE, workingDaysAgo(completedDaysAgo))));
        return c;
    }

    /** Up to an initial conference arranged for {@code conferenceDaysAgo} working days ago. */
    public Case conferenceArranged(String given, String family, int discussionDaysAgo, int conferenceDaysAgo) {
        Case c = enquiryCompleted(given, family, discussionDaysAgo, conferenceDaysAgo + 1);
        UUID conference = users.call("social.worker", () -> conferences.arrangeInitial(c.enquiryId(), new Arrangement(
                workingDaysAgo(conferenceDaysAgo), List.of(
                        new Invitee(InviteeKind.AGENCY, null, practitioner("police.officer"), null, null),
                        new Invitee(InviteeKind.AGENCY, null, practitioner("health.visitor"), null, null),
                        new Invitee(InviteeKind.AGENCY, null, practitioner("school.dsl"), null, null)),
                true, false, null)));
        return new Case(c.episode(), c.childId(), c.discussionId(), c.enquiryId(), conference, null);
    }

    /** Up to the conference held, deciding on a plan under neglect, and the plan started that day. */
    public Case onAPlan(String given, String family, int discussionDaysAgo, int conferenceDaysAgo) {
        Case c = conferenceArranged(given, family, discussionDaysAgo, conferenceDaysAgo);
        LocalDate heldOn = workingDaysAgo(conferenceDaysAgo);
        UUID plan = users.call("conference.chair", () -> {
            Conference.View held = conferences.hold(c.conferenceId(), conferences.open(c.conferenceId()).version(),
                    new Held(heldOn, List.of(new Attendance(0, true, true), new Attendance(1, true, true)), Decision.PLAN,
                            Category.NEG, "The child is likely to suffer significant harm from neglect", false,
                            discussionDaysAgo - conferenceDaysAgo > 15 ? "The family asked for a later date" : null));
            return plans.start(held.id(), new NewPlan(heldOn, null, "We are worried that nobody gets up with " + given
                    + " in the morning and that there is often no food.", List.of(
                    new Step("Take " + given + " to nursery every day", "Mum", "From tomorrow"),
                    new Step("Visit every ten working days", "Ruth Calloway", "Every two weeks")), null, null));
        });
        return new Case(c.episode(), c.childId(), c.discussionId(), c.enquiryId(), c.conferenceId(), plan);
    }

    public static UUID childOf(EpisodeView episode) {
        return episode.people().stream().filter(EpisodeView.Person::child).findFirst().orElseThrow().id();
    }
}
