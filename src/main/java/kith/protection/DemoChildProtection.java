package kith.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.RunAs;
import kith.access.UserAccounts;
import kith.familyhelp.EpisodeKind;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.FamilyMembers;
import kith.frontdoor.LawfulBasis;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Address;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.PeopleSearch;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.people.SearchCriteria;
import kith.protection.ChildProtectionTeams.MemberType;
import kith.protection.ChildProtectionTeams.Nomination;
import kith.protection.ChildProtectionTeams.Nominator;
import kith.protection.Conference.Attendance;
import kith.protection.Conference.Invitee;
import kith.protection.Conference.InviteeKind;
import kith.protection.StrategyDiscussion.AgreedAction;
import kith.protection.StrategyDiscussion.Participant;
import kith.shared.ConditionalOnDemo;
import kith.timescales.WorkingCalendar;
import kith.timescales.WorkingDays;
import kith.shared.Today;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Child protection for the demo: the council's multi-agency child protection team with the four members section
 * 16EA requires (the lead child protection practitioner and the education safeguarding officer nominated by the
 * council, the named nurse by the integrated care board, the police officer by the chief constable); and the
 * Marchbank family part-way through child protection. Poppy, 4, open to Family Help with the health visitor as
 * lead practitioner, was stepped up; a strategy discussion (education did not take part) started a section 47
 * enquiry led by Ruth Calloway; the initial conference set a plan under neglect; the core group has met and Poppy
 * has been visited twice, and her next visit is overdue. Dates are working days before the day Kith starts.
 */
@Component
@ConditionalOnDemo
@Order(55)
class DemoChildProtection implements ApplicationRunner {

    static final String TEAM = "Demo Borough multi-agency child protection team";
    static final String POPPY_NHS_NUMBER = "9999990037";
    private static final LocalDate NOMINATED = LocalDate.of(2026, 4, 1);

    private final RunAs runAs;
    private final ChildProtectionTeams teams;
    private final PartnershipDirectory partnership;
    private final UserAccounts accounts;
    private final PersonManagement people;
    private final Relationships relationships;
    private final FamilyHelpOpening opening;
    private final FamilyMembers family;
    private final FamilyHelpAllocation allocation;
    private final FamilyHelpDecisions familyHelp;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ChildProtectionPlans plans;
    private final CoreGroups coreGroups;
    private final StatutoryVisits visits;
    private final WorkingDays workingDays;
    private final Today today;
    private final PeopleSearch search;
    private final TransactionTemplate transactions;

    DemoChildProtection(RunAs runAs, ChildProtectionTeams teams, PartnershipDirectory partnership,
            UserAccounts accounts, PersonManagement people, Relationships relationships, FamilyHelpOpening opening,
            FamilyMembers family, FamilyHelpAllocation allocation, FamilyHelpDecisions familyHelp,
            StrategyDiscussions discussions, Section47Enquiries enquiries, Conferences conferences,
            ChildProtectionPlans plans, CoreGroups coreGroups, StatutoryVisits visits, WorkingDays workingDays,
            Today today, PeopleSearch search, TransactionTemplate transactions) {
        this.search = search;
        this.transactions = transactions;
        this.runAs = runAs;
        this.teams = teams;
        this.partnership = partnership;
        this.accounts = accounts;
        this.people = people;
        this.relationships = relationships;
        this.opening = opening;
        this.family = family;
        this.allocation = allocation;
        this.familyHelp = familyHelp;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.coreGroups = coreGroups;
        this.visits = visits;
        this.workingDays = workingDays;
        this.today = today;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (teams.defaultTeam().isEmpty()) {
            runAs.call("admin", this::team);
        }
        // All or nothing, so that a start that fails part-way leaves no half-made family to trip the next one.
        if (runAs.call("team.manager", () -> search.search(new SearchCriteria(null, null, POPPY_NHS_NUMBER)).isEmpty())) {
            transactions.executeWithoutResult(status -> marchbanks());
        }
    }

    private UUID team() {
        UUID team = teams.createTeam(TEAM);
        String council = "Director of Children's Services, Demo Borough Council";
        teams.addMember(team, new Nomination(user("child.protection"), MemberType.SOCIAL_WORKER,
                Nominator.LOCAL_AUTHORITY, council, NOMINATED));
        teams.addMember(team, new Nomination(named("Imogen", "Hale"), MemberType.EDUCATION,
                Nominator.LOCAL_AUTHORITY, council, NOMINATED));
        teams.addMember(team, new Nomination(named("Bethan", "Price"), MemberType.HEALTH,
                Nominator.INTEGRATED_CARE_BOARD, "Chief Nurse, Demoshire Integrated Care Board", NOMINATED));
        teams.addMember(team, new Nomination(user("police.officer"), MemberType.POLICE,
                Nominator.CHIEF_OFFICER_OF_POLICE, "Chief Constable of Demoshire Police", NOMINATED));
        return team;
    }

    private void marchbanks() {
        LocalDate discussed = workingDaysAgo(40);
        Address home = new Address("27 Orchard Row", null, "Kithbridge", "KB4 6RT", discussed.minusYears(2), null, false);
        UUID[] ids = runAs.call("social.worker", () -> {
            UUID kerry = people.create(new PersonDetails(PersonKind.ADULT, false, "Kerry", "Marchbank", null, List.of(),
                    LocalDate.of(1996, 9, 3), null, "F", "WBRI", List.of(), List.of("English"), List.of(home),
                    "9999990045", "GP record", null)).id();
            UUID poppy = people.create(new PersonDetails(PersonKind.CHILD, false, "Poppy", "Marchbank", null, List.of(),
                    today.date().minusYears(4).minusDays(73), null, "F", "WBRI", List.of(), List.of("English"),
                    List.of(home), POPPY_NHS_NUMBER, "Health visitor", null)).id();
            relationships.relate(poppy, kerry, RelationshipType.PARENT);
            return new UUID[] {poppy, kerry};
        });
        UUID poppy = ids[0];
        UUID kerry = ids[1];
        EpisodeView episode = runAs.call("team.manager", () -> {
            EpisodeView opened = opening.openDirectly(List.of(poppy), EpisodeKind.CHILD_IN_NEED, workingDaysAgo(60));
            EpisodeView withFamily = family.confirm(opened.id(), opened.version(), List.of(kerry));
            EpisodeView led = allocation.allocateLead(withFamily.id(), withFamily.version(), user("health.visitor"));
            return familyHelp.stepUp(led.id(), led.version(), "Poppy was found alone at home twice in a month and is "
                    + "losing weight");
        });
        UUID discussion = runAs.call("social.worker", () -> discussions.record(new StrategyDiscussion.Record(
                episode.id(), List.of(poppy), discussed, StrategyDiscussion.Kind.MEETING, null,
                List.of(participant("social.worker", AgencyType.SOCIAL_CARE), participant("police.officer", AgencyType.POLICE),
                        participant("health.visitor", AgencyType.HEALTH)),
                null, "Police: two calls from neighbours about a child crying alone. Health: weight below the 2nd "
                        + "centile, missed checks.", LawfulBasis.SAFEGUARDING, true, false, null,
                "Poppy is likely to be suffering significant harm from neglect",
                List.of(new AgreedAction("Visit Poppy at home today", "Sam Okoro", discussed)), null)));
        UUID enquiry = enquiries.ofEpisode(episode.id()).get(0).id();
        long version = runAs.call("team.manager", () -> enquiries.assignLead(enquiry, enquiries.load(enquiry).version(),
                user("child.protection"))).version();
        LocalDate conferenceOn = workingDaysAgo(30);
        runAs.call("child.protection", () -> enquiries.complete(enquiry, version, new Section47Enquiries.Findings(
                "Poppy is often left alone and there is little food in the house. Kerry is struggling and wants help.",
                true, Section47Enquiries.Outcome.INITIAL_CONFERENCE, workingDaysAgo(32))));
        UUID conference = runAs.call("social.worker", () -> conferences.arrangeInitial(enquiry, new Conference.Arrangement(
                conferenceOn, List.of(new Invitee(InviteeKind.PARENT, kerry, null, null, null),
                        new Invitee(InviteeKind.AGENCY, null, user("police.officer"), null, null),
                        new Invitee(InviteeKind.AGENCY, null, user("health.visitor"), null, null),
                        new Invitee(InviteeKind.AGENCY, null, user("school.dsl"), null, null)),
                true, true, "Jo Fairweather, Demoshire Family Advocacy")));
        UUID plan = runAs.call("conference.chair", () -> {
            Conference.View held = conferences.hold(conference, conferences.open(conference).version(),
                    new Conference.Held(conferenceOn, List.of(new Attendance(0, true, false),
                            new Attendance(1, true, true), new Attendance(2, true, true), new Attendance(3, false, true)),
                            Conference.Decision.PLAN, Category.NEG, "Poppy's needs for food, warmth and supervision are "
                                    + "not being met", true, null));
            return plans.start(held.id(), new ChildProtectionPlan.NewPlan(conferenceOn, null,
                    "We are worried that Poppy is left on her own at home, that there is not always food for her, and "
                            + "that she is not growing as she should.", List.of(
                            new ChildProtectionPlan.Step("Someone grown-up is always with Poppy", "Kerry", "From today"),
                            new ChildProtectionPlan.Step("Poppy goes to nursery every weekday", "Kerry", "From next week"),
                            new ChildProtectionPlan.Step("Weigh Poppy every two weeks", "Grace Adeyemi, health visitor",
                                    "Every two weeks"),
                            new ChildProtectionPlan.Step("Help Kerry with food and bills", "Ruth Calloway", "This month")),
                    null, null));
        });
        runAs.call("child.protection", () -> {
            coreGroups.record(plan, new CoreGroups.NewMeeting(workingDaysAgo(20), "Kerry, Ruth Calloway, Grace Adeyemi, "
                    + "Helen (Kithbridge Primary School)", "Poppy started nursery. Kerry has food vouchers.", null));
            visits.record(plan, new StatutoryVisits.NewVisit(workingDaysAgo(28), true, true, true, null, null,
                    "Poppy showed me her bed. There was food in the fridge.", null));
            // Late by three working days: the last visit, so that Poppy's next visit is now overdue.
            return visits.record(plan, new StatutoryVisits.NewVisit(workingDaysAgo(15), true, false, true, null,
                    "Poppy would not leave Kerry's side", "Poppy was tired; the flat was cold.",
                    "Kerry cancelled the visit planned for the week before"));
        });
    }

    private Participant participant(String username, AgencyType type) {
        PractitionerView p = partnership.practitioner(user(username)).orElseThrow();
        return new Participant(p.id(), p.fullName(), p.agencyName(), type, p.jobTitle());
    }

    private LocalDate workingDaysAgo(int n) {
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

    private UUID user(String username) {
        return accounts.loadUserByUsername(username).practitionerId();
    }

    private UUID named(String given, String family) {
        return partnership.practitioners().stream()
                .filter(p -> p.givenName().equals(given) && p.familyName().equals(family))
                .map(PractitionerView::id).findFirst().orElseThrow();
    }
}
