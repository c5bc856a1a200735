package kith.insights.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import kith.access.RunAs;
import kith.access.UserAccounts;
import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.familyhelp.Closure;
import kith.familyhelp.EpisodeKind;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.FamilyMembers;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.familyhelp.PlanView;
import kith.frontdoor.ContactView;
import kith.frontdoor.Contacts;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.NewContact.ReferrerKind;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.Referrals;
import kith.frontdoor.Screening;
import kith.insights.demo.DemoYearPlan.ChildPath;
import kith.insights.demo.DemoYearPlan.Cycle;
import kith.insights.demo.DemoYearPlan.Episode;
import kith.insights.demo.DemoYearPlan.Fgdm;
import kith.insights.demo.DemoYearPlan.Protection;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FamilyGroupDecision.FamilysPlanAgreement;
import kith.networks.FamilyGroupDecision.FamilysPlanStep;
import kith.networks.FamilyGroupDecision.FgdmAnswer;
import kith.networks.FamilyGroupDecision.FgdmConsideration;
import kith.networks.FamilyGroupDecision.FgdmCoordinator;
import kith.networks.FamilyGroupDecision.FgdmMeeting;
import kith.networks.FamilyGroupDecision.FgdmOffer;
import kith.networks.FamilyGroupDecision.FgdmPreparation;
import kith.networks.FamilyGroupDecisions;
import kith.networks.FgdmMeetings;
import kith.networks.FgdmOffers;
import kith.networks.PreProceeding.LpmDecision;
import kith.networks.PreProceeding.PpLegalPlanningMeeting;
import kith.networks.PreProceeding.PpLetter;
import kith.networks.PreProceeding.PpMeeting;
import kith.networks.PreProceeding.PpStart;
import kith.networks.PreProceedings;
import kith.networks.PreProceedingsSteps;
import kith.networks.SupportPackage;
import kith.networks.SupportPackages;
import kith.partnership.AgencyKind;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PartnershipDirectory.NewPractitioner;
import kith.people.PersonDetails;
import kith.people.PeopleSearch;
import kith.people.PersonManagement;
import kith.people.SearchCriteria;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conference.Attendance;
import kith.protection.Conference.Invitee;
import kith.protection.Conference.InviteeKind;
import kith.protection.Conferences;
import kith.protection.CoreGroups;
import kith.protection.Section47Enquiries;
import kith.protection.StatutoryVisits;
import kith.protection.StrategyDiscussion;
import kith.protection.StrategyDiscussion.Participant;
import kith.protection.StrategyDiscussions;
import kith.access.Role;
import kith.protection.AgencyType;
import kith.shared.ConditionalOnDemo;
import kith.shared.DemoClock;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a {@link DemoYearPlan} through the modules' own services, as the practitioners of the demo's Family Help
 * South team would have recorded it, each step on its own day: the services that take a date are given it, and
 * those that take "today" from the clock run under the {@link DemoClock} moved back to that day (on this thread
 * only). Nothing is written to another module's tables; every rule of the services applies, so a plan that breaks
 * one fails loudly rather than leaving data the census would reject.
 */
@Component
@ConditionalOnDemo
public class DemoYearLoader {

    /** The hands of the year: accounts of the Family Help South team, with the demo password. */
    static final String MANAGER = "year.manager";
    static final String WORKER = "year.worker";
    static final String SCREENER = "year.screener";
    static final String CHAIR = "year.chair";
    static final String PASSWORD = "kith-demo";
    static final String TEAM = "Family Help South";
    static final String COUNCIL = "Demo Borough Council Children's Services";
    static final String LEAD_TRAINING = "Lead child protection practitioner training";

    private final RunAs runAs;
    private final Clock clock;
    private final UserAccounts accounts;
    private final PartnershipDirectory partnership;
    private final PersonManagement people;
    private final Relationships relationships;
    private final Contacts contacts;
    private final Screening screening;
    private final Referrals referrals;
    private final FamilyHelpOpening opening;
    private final FamilyMembers family;
    private final FamilyHelpAllocation allocation;
    private final FamilyHelpEpisodes episodes;
    private final FamilyHelpDecisions familyHelp;
    private final Assessments assessments;
    private final FamilyPlans plans;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ChildProtectionPlans cpPlans;
    private final StatutoryVisits visits;
    private final CoreGroups coreGroups;
    private final FamilyGroupDecisions decisions;
    private final FgdmOffers offers;
    private final FgdmMeetings meetings;
    private final SupportPackages packages;
    private final PreProceedings preProceedings;
    private final PreProceedingsSteps steps;
    private final JdbcClient jdbc;
    private final PeopleSearch search;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoYearLoader.class);

    /** The leads by {@link Episode#lead()}: the council's social worker, then health, school and charity. */
    private List<UUID> leads;
    private UUID coordinator;
    private int minute;

    DemoYearLoader(RunAs runAs, Clock clock, UserAccounts accounts, PartnershipDirectory partnership,
            PersonManagement people, Relationships relationships, Contacts contacts, Screening screening,
            Referrals referrals, FamilyHelpOpening opening, FamilyMembers family, FamilyHelpAllocation allocation,
            FamilyHelpEpisodes episodes, FamilyHelpDecisions familyHelp, Assessments assessments, FamilyPlans plans,
            StrategyDiscussions discussions, Section47Enquiries enquiries, Conferences conferences,
            ChildProtectionPlans cpPlans, StatutoryVisits visits, CoreGroups coreGroups,
            FamilyGroupDecisions decisions, FgdmOffers offers, FgdmMeetings meetings, SupportPackages packages,
            PreProceedings preProceedings, PreProceedingsSteps steps, JdbcClient jdbc, PeopleSearch search) {
        this.jdbc = jdbc;
        this.search = search;
        this.runAs = runAs;
        this.clock = clock;
        this.accounts = accounts;
        this.partnership = partnership;
        this.people = people;
        this.relationships = relationships;
        this.contacts = contacts;
        this.screening = screening;
        this.referrals = referrals;
        this.opening = opening;
        this.family = family;
        this.allocation = allocation;
        this.episodes = episodes;
        this.familyHelp = familyHelp;
        this.assessments = assessments;
        this.plans = plans;
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.cpPlans = cpPlans;
        this.visits = visits;
        this.coreGroups = coreGroups;
        this.decisions = decisions;
        this.offers = offers;
        this.meetings = meetings;
        this.packages = packages;
        this.preProceedings = preProceedings;
        this.steps = steps;
    }

    /** Whether the year's team is already there (a database kept from an earlier start). */
    public boolean loaded() {
        return accounts.exists(MANAGER);
    }

    /** Whether this application's clock can be moved back for the demo (only in the demo configuration). */
    public boolean canBackdate() {
        return clock instanceof DemoClock;
    }

    /** The team, then every child's path, in the plan's order (in the caller's transaction, if any). */
    public void load(List<ChildPath> paths) {
        prepare();
        long started = System.nanoTime();
        for (ChildPath path : paths) {
            if (path.number() > 0 && path.number() % 50 == 0) {
                log.info("Demo year: {} children recorded in {} ms", path.number(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            load(path);
        }
    }

    /** Family Help South: its accounts, practitioners and training, if not there yet. */
    public void prepare() {
        guard();
        team();
    }

    /** Whether the child of {@code path} is already recorded (by a start that was stopped part-way). */
    public boolean recorded(ChildPath path) {
        PersonDetails c = path.child();
        return runAs.call(MANAGER, () -> search.search(new SearchCriteria(c.givenName() + " " + c.familyName(),
                        c.dateOfBirth(), c.nhsNumber())).stream()
                .anyMatch(p -> c.dateOfBirth().equals(p.dateOfBirth()) && c.familyName().equals(p.familyName())
                        && c.givenName().equals(p.givenName())));
    }

    /** One child's year: their record, their mother's, and each referral and what followed it. */
    public void load(ChildPath path) {
        if (leads == null) {
            team();
        }
        guard();
        try {
            record(path);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The demo year could not record child " + path.number() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A refusal is audited in a transaction of its own, which waits for the audit chain that this transaction holds:
     * were the plan ever to break a rule, Postgres ends this transaction after a pause instead of both waiting forever.
     */
    private void guard() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("SET LOCAL idle_in_transaction_session_timeout = '20s'").update();
        }
    }

    /** Family Help South, its accounts, and the partners who lead early help and coordinate meetings. */
    private void team() {
        runAs.call("admin", () -> {
            UUID council = partnership.agencyNamed(COUNCIL).orElseThrow();
            UUID south = partnership.teamNamed(council, TEAM).orElseGet(() -> partnership.registerTeam(council, TEAM,
                    "FAMILY_HELP"));
            UUID worker = account(WORKER, Role.PRACTITIONER, new NewPractitioner(council, south, "Amara", "Nwosu",
                    "Lead child protection practitioner", Discipline.SOCIAL_WORKER, "SW090311", LocalDate.of(2015, 7, 1)));
            if (partnership.trainingOf(worker).stream().noneMatch(t -> t.course().equals(LEAD_TRAINING))) {
                partnership.recordTraining(worker, LEAD_TRAINING, LocalDate.of(2024, 11, 20));
            }
            account(MANAGER, Role.TEAM_MANAGER, new NewPractitioner(council, south, "Marcus", "Bell", "Practice manager",
                    Discipline.SOCIAL_WORKER, "SW061877", LocalDate.of(2009, 7, 1)));
            account(SCREENER, Role.FRONT_DOOR, new NewPractitioner(council,
                    partnership.teamNamed(council, "Front door").orElseThrow(), "Ben", "Hartley", "Front door screener",
                    Discipline.SOCIAL_WORKER, "SW112094", LocalDate.of(2020, 7, 1)));
            UUID chair = account(CHAIR, Role.CONFERENCE_CHAIR, new NewPractitioner(council,
                    partnership.teamNamed(council, "Child protection conferences").orElseThrow(), "Helen", "Achebe",
                    "Child protection conference chair", Discipline.SOCIAL_WORKER, "SW038450", LocalDate.of(2005, 7, 1)));
            if (partnership.trainingOf(chair).stream().noneMatch(t -> t.course().equals(LEAD_TRAINING))) {
                partnership.recordTraining(chair, LEAD_TRAINING, LocalDate.of(2018, 3, 9));
            }
            UUID health = partnership.agencyNamed("Demo Community Health NHS Trust").orElseThrow();
            UUID school = partnership.agencyNamed("Kithbridge Primary School").orElseThrow();
            UUID charity = partnership.agencyNamed("Kithbridge Family Support").orElseThrow();
            leads = List.of(worker,
                    practitioner(new NewPractitioner(health, partnership.teamNamed(health, "Health visiting (north)")
                            .orElseThrow(), "Lucy", "Brennan", "Health visitor", Discipline.HEALTH_VISITOR, null,
                            LocalDate.of(2017, 9, 1))),
                    practitioner(new NewPractitioner(school, partnership.teamNamed(school, "Safeguarding").orElseThrow(),
                            "Mark", "Ellison", "Deputy designated safeguarding lead", Discipline.TEACHER_DSL, null,
                            LocalDate.of(2012, 7, 1))),
                    practitioner(new NewPractitioner(charity, partnership.teamNamed(charity, "Family support")
                            .orElseThrow(), "Sofia", "Romano", "Family support worker",
                            Discipline.FAMILY_SUPPORT_WORKER, null, null)));
            coordinator = practitioner(new NewPractitioner(council, partnership.teamNamed(council,
                    "Family group conferencing").orElseThrow(), "Femi", "Adebayo",
                    "Family group decision-making coordinator", Discipline.FAMILY_SUPPORT_WORKER, null, null));
            return null;
        });
    }

    private UUID account(String username, Role role, NewPractitioner practitioner) {
        return accounts.find(username).map(kith.access.KithUser::practitionerId).orElseGet(() -> {
            UUID id = practitioner(practitioner);
            accounts.create(username, PASSWORD, role, id);
            return id;
        });
    }

    private UUID practitioner(NewPractitioner p) {
        return partnership.practitionersOf(p.agencyId()).stream()
                .filter(known -> known.givenName().equals(p.givenName()) && known.familyName().equals(p.familyName()))
                .map(kith.partnership.PractitionerView::id).findFirst()
                .orElseGet(() -> partnership.registerPractitioner(p));
    }

    private void record(ChildPath planned) {
        ChildPath path = withFreeNhsNumber(planned);
        LocalDate first = path.cycles().get(0).referral().receivedOn();
        UUID[] ids = on(first, SCREENER, () -> {
            UUID child = people.create(path.child()).id();
            UUID mother = people.create(path.mother()).id();
            relationships.relate(child, mother, RelationshipType.PARENT);
            return new UUID[] {child, mother};
        });
        for (Cycle cycle : path.cycles()) {
            cycle(path, cycle, ids[0], ids[1]);
        }
    }

    /**
     * The plan's NHS numbers are its own range, which nobody else in the demo uses; should a number be recorded for
     * someone already (a database shared with other data), the child is recorded without one rather than refused (keeping
     * its UPN, which the census asks for).
     */
    private ChildPath withFreeNhsNumber(ChildPath path) {
        PersonDetails c = path.child();
        if (c.nhsNumber() == null || runAs.call(SCREENER, () -> search.search(new SearchCriteria(null, null,
                c.nhsNumber()))).isEmpty()) {
            return path;
        }
        return new ChildPath(path.number(), new PersonDetails(c.kind(), false, c.givenName(), c.familyName(), null,
                List.of(), c.dateOfBirth(), null, c.sex(), c.ethnicity(), c.disabilities(), c.languages(),
                c.addresses(), null, null, c.upn()), path.mother(), path.cycles());
    }

    private void cycle(ChildPath path, Cycle cycle, UUID child, UUID mother) {
        DemoYearPlan.Referral r = cycle.referral();
        PersonDetails c = path.child();
        UUID referral = on(r.receivedOn(), SCREENER, () -> {
            boolean anonymous = r.referrerKind() == ReferrerKind.ANONYMOUS;
            ContactView contact = contacts.record(new NewContact(r.referrerKind(), null,
                    r.referrerKind() == ReferrerKind.AGENCY ? r.referrer() : null,
                    r.referrerKind() == ReferrerKind.INDIVIDUAL ? r.referrer() : null, null, r.source(),
                    List.of(new NewContact.Child(c.givenName(), c.familyName(), c.dateOfBirth(), null, c.nhsNumber(),
                            null, null)),
                    r.worry(), !anonymous, !anonymous, anonymous ? LawfulBasis.SAFEGUARDING : null), true);
            screening.link(contact.id(), 0, 0, child);
            return screening.acceptAsReferral(contact.id(), 1).get(0);
        });
        if (r.decidedOn() == null) {
            return;
        }
        on(r.decidedOn(), SCREENER, () -> referrals.decide(referral, 0, r.decision(), reasonFor(r.decision()),
                r.lateReason(), true));
        Episode e = cycle.episode();
        if (e == null) {
            return;
        }
        String hands = e.lead() == 0 ? WORKER : MANAGER;
        UUID episode = on(e.openedOn(), MANAGER, () -> {
            EpisodeView opened = opening.openFromReferral(referral);
            EpisodeView withFamily = family.confirm(opened.id(), opened.version(), List.of(mother));
            return allocation.allocateLead(withFamily.id(), withFamily.version(), leads.get(e.lead())).id();
        });
        if (e.lead() == 0) {
            on(e.openedOn(), WORKER, () -> allocation.agreeToLead(episode, version(episode)));
        }
        if (e.assessment() != null) {
            DemoYearPlan.Assessment a = e.assessment();
            AssessmentView started = on(a.startedOn(), hands, () -> assessments.start(episode, child, a.startedOn()));
            if (a.completedOn() != null) {
                on(a.completedOn(), hands, () -> assessments.complete(started.id(), started.version(),
                        new AssessmentContent("Mum wants help and agrees with what the worries are.",
                                c.givenName() + " said home is 'sometimes OK and sometimes shouty'.", a.factors(),
                                "The family's needs are clear and they are willing to work with us.",
                                a.outcome().name(), primaryNeed(path, e)),
                        a.completedOn(), a.lateReason()));
                on(a.completedOn(), MANAGER, () -> assessments.authorise(started.id(),
                        assessments.open(started.id()).version()));
            }
        }
        if (e.protection() != null) {
            protection(e, e.protection(), episode, child, mother);
        }
        if (e.familyPlanOn() != null) {
            boolean cinPlan = e.kind() == EpisodeKind.CHILD_IN_NEED && (e.protection() == null || !e.protection().plan());
            PlanView plan = on(e.familyPlanOn(), hands, () -> plans.agree(episode, new PlanContent(
                    "We are worried that " + c.givenName() + "'s needs are not always met at home.",
                    "Mum and " + c.givenName() + " are close and Mum has asked for help.",
                    List.of(c.givenName() + " is safe and well cared for at home", "Mum has support she trusts"),
                    List.of(new PlanContent.Action(0, "Go to school every day", "Mum", ActionOwner.PARENT,
                                    e.familyPlanOn().plusWeeks(4), ActionProgress.IN_PROGRESS),
                            new PlanContent.Action(1, "Join the parents' group on Tuesdays", "Mum", ActionOwner.PARENT,
                                    e.familyPlanOn().plusWeeks(6), ActionProgress.NOT_STARTED)),
                    3), cinPlan));
            long[] v = {plan.version()};
            for (LocalDate review : e.planReviews()) {
                v[0] = on(review, hands, () -> plans.review(plan.id(), v[0], review, "Mum, " + c.givenName()
                        + " and the lead practitioner", "School attendance is better; Mum goes to the group.",
                        review.plusMonths(3))).version();
            }
        }
        if (e.preProceedings() != null) {
            preProceedings(e.preProceedings(), child);
        }
        if (e.fgdm() != null) {
            fgdm(e.fgdm(), child, c, hands);
        }
        if (e.closure() != null) {
            on(e.closure().on(), MANAGER, () -> familyHelp.close(episode, version(episode), new Closure(
                    e.closure().reason(), "The work with the family has finished: thank you for working with us.",
                    !e.closure().reason().usualFor(e.kind()))));
        }
    }

    private void protection(Episode e, Protection p, UUID episode, UUID child, UUID mother) {
        // No step-up is recorded: child protection's list of step-ups is kept by a listener after each commit, and
        // in the one transaction of the demo year it would come after the strategy discussion that answers it, so
        // every family would look as if still waiting for one. The discussion is held within the open Family Help.
        if (p.discussedOn() == null) {
            return;
        }
        on(p.discussedOn(), WORKER, () -> discussions.record(new StrategyDiscussion.Record(episode, List.of(child),
                p.discussedOn(), StrategyDiscussion.Kind.MEETING, null, List.of(
                        new Participant(leads.get(0), null, null, AgencyType.SOCIAL_CARE, null),
                        new Participant(null, "DC Kate Lowe", "Demoshire Police", AgencyType.POLICE,
                                "Detective constable"),
                        new Participant(null, "Nina Shah", "Demo Community Health NHS Trust", AgencyType.HEALTH,
                                "Named nurse")),
                null, "Police: a call-out to the home last month. Health: missed appointments.",
                LawfulBasis.SAFEGUARDING, p.section47(), false, null,
                p.section47() ? "The child may be suffering significant harm" : "Support through Family Help is enough",
                List.of(), null)));
        if (!p.section47()) {
            return;
        }
        UUID enquiry = on(p.discussedOn(), MANAGER, () -> {
            Section47Enquiries.Stored started = enquiries.ofEpisode(episode).get(0);
            return enquiries.assignLead(started.id(), started.version(), leads.get(0)).id();
        });
        if (p.enquiryCompletedOn() == null) {
            return;
        }
        on(p.enquiryCompletedOn(), WORKER, () -> enquiries.complete(enquiry, enquiries.open(enquiry).version(),
                new Section47Enquiries.Findings("Seen at home and at school; the concerns were discussed with Mum.",
                        p.conferenceNeeded(), p.conferenceNeeded() ? Section47Enquiries.Outcome.INITIAL_CONFERENCE
                                : Section47Enquiries.Outcome.NO_FURTHER_ACTION, p.enquiryCompletedOn())));
        if (!p.conferenceNeeded()) {
            return;
        }
        LocalDate scheduled = p.conferenceOn() != null ? p.conferenceOn() : nextWorkingDayAfter(p.enquiryCompletedOn());
        UUID conference = on(p.enquiryCompletedOn(), WORKER, () -> conferences.arrangeInitial(enquiry,
                arrangement(scheduled, mother)));
        if (p.conferenceOn() == null) {
            return;
        }
        UUID plan = on(p.conferenceOn(), CHAIR, () -> {
            Conference.View held = conferences.hold(conference, conferences.open(conference).version(),
                    new Conference.Held(p.conferenceOn(), attendance(), p.plan() ? Conference.Decision.PLAN
                            : Conference.Decision.NO_PLAN, p.category(), "The conference considered the enquiry's "
                                    + "findings and the family's views", false, p.conferenceLateReason()));
            return p.plan() ? cpPlans.start(held.id(), new ChildProtectionPlan.NewPlan(p.conferenceOn(), null,
                    "We are worried about the care the child gets at home.",
                    List.of(new ChildProtectionPlan.Step("A grown-up is always with the child", "Mum", "From today"),
                            new ChildProtectionPlan.Step("Visit at home every two weeks", "Lead practitioner",
                                    "Every two weeks")), null, null)) : null;
        });
        if (plan == null) {
            return;
        }
        for (DemoYearPlan.Visit visit : p.visits()) {
            on(visit.on(), WORKER, () -> visits.record(plan, new StatutoryVisits.NewVisit(visit.on(), true, true, true,
                    null, null, "Seen at home; the home was warm and there was food.", visit.lateReason())));
        }
        for (LocalDate meeting : p.coreGroups()) {
            on(meeting, WORKER, () -> coreGroups.record(plan, new CoreGroups.NewMeeting(meeting,
                    "Mum, the lead practitioner, school and health", "The plan is making progress.", null)));
        }
        for (int i = 0; i < p.reviews().size(); i++) {
            LocalDate review = p.reviews().get(i);
            boolean ends = p.endedAtLastReview() && i == p.reviews().size() - 1;
            UUID arranged = on(review.minusWeeks(2).isBefore(p.conferenceOn()) ? p.conferenceOn() : review.minusWeeks(2),
                    WORKER, () -> conferences.arrangeReview(plan, arrangement(review, mother)));
            on(review, CHAIR, () -> conferences.hold(arranged, conferences.open(arranged).version(),
                    new Conference.Held(review, attendance(), ends ? Conference.Decision.END_PLAN
                            : Conference.Decision.CONTINUE_PLAN, ends ? null : p.category(),
                            ends ? "The child is no longer at continuing risk of significant harm"
                                    : "The plan is working but the worries remain", false, null)));
        }
    }

    private void preProceedings(DemoYearPlan.PreProceedings pp, UUID child) {
        UUID id = on(pp.startedOn(), WORKER, () -> {
            UUID started = preProceedings.start(new PpStart(child, pp.startedOn()));
            preProceedings.legalPlanningMeeting(started, preProceedings.open(started).version(),
                    new PpLegalPlanningMeeting(pp.startedOn(), LpmDecision.ENTER_PRE_PROCEEDINGS));
            return started;
        });
        if (pp.letterOn() != null) {
            on(pp.letterOn(), WORKER, () -> preProceedings.sendLetter(id, preProceedings.open(id).version(),
                    new PpLetter(pp.letterOn())));
        }
        if (pp.meetingOn() != null) {
            on(pp.meetingOn(), WORKER, () -> {
                steps.meeting(id, preProceedings.open(id).version(), new PpMeeting(pp.meetingOn(),
                        pp.meetingOn().plusWeeks(6)));
                return null;
            });
        }
    }

    private void fgdm(Fgdm f, UUID child, PersonDetails c, String hands) {
        String mum = "Mum (" + c.familyName() + ")";
        UUID id = on(f.consideredOn(), hands, () -> decisions.consider(new FgdmConsideration(child, List.of(), f.stage(),
                f.consideredOn())));
        if (f.offeredOn() == null) {
            return;
        }
        on(f.offeredOn(), hands, () -> {
            offers.offer(id, fgdmVersion(id), new FgdmOffer(mum, f.offeredOn()));
            return null;
        });
        if (f.answeredOn() == null) {
            return;
        }
        on(f.answeredOn(), hands, () -> {
            offers.answer(id, fgdmVersion(id), new FgdmAnswer(f.accepted() ? Answer.ACCEPTED : Answer.DECLINED, mum,
                    f.answeredOn(), f.accepted() ? f.answeredOn().plusWeeks(4) : null));
            if (f.accepted()) {
                meetings.assignCoordinator(id, fgdmVersion(id), new FgdmCoordinator(coordinator, f.answeredOn()));
            }
            return null;
        });
        if (f.heldOn() == null) {
            return;
        }
        on(f.heldOn(), hands, () -> {
            meetings.prepare(id, fgdmVersion(id), new FgdmPreparation("Met Mum and her family at home to explain the "
                    + "meeting", "Mum, her sister and the child's grandmother", f.heldOn().minusDays(3)));
            meetings.hold(id, fgdmVersion(id), new FgdmMeeting(f.heldOn(), "Mum, her sister, the child's grandmother; "
                    + "Femi Adebayo (coordinator)", true));
            meetings.agreePlan(id, fgdmVersion(id), new FamilysPlanAgreement(f.heldOn(), List.of(
                    new FamilysPlanStep("Take " + c.givenName() + " to school every morning", "Grandmother",
                            f.heldOn().plusWeeks(1))),
                    "If Mum is unwell, " + c.givenName() + " stays with her grandmother",
                    f.supportPackage() == null ? null : "Help with a bed and travel", null, null,
                    f.heldOn().plusWeeks(6)));
            return null;
        });
        if (f.supportPackage() == null) {
            return;
        }
        SupportPackage.NewItem item = new SupportPackage.NewItem(SupportPackage.Category.BEDS_AND_FURNITURE,
                "A bed and bedding at the grandmother's", f.supportPackage().pence(), null, "The child's grandmother");
        UUID pack = on(f.heldOn(), hands, () -> packages.request(child, new SupportPackage.NewRequest(
                SupportPackage.Purpose.STAY_AT_HOME, SupportPackage.Basis.FAMILY_GROUP_MEETING, f.heldOn(), id, null,
                List.of(item))));
        on(f.heldOn(), MANAGER, () -> packages.approve(pack, packages.open(pack).version()));
        if (f.supportPackage().paidOn() != null) {
            on(f.supportPackage().paidOn(), hands, () -> packages.pay(pack, new SupportPackage.NewPayment(
                    f.supportPackage().paidOn(), f.supportPackage().pence(), "Kithbridge Furniture Store",
                    "PO-" + pack.toString().substring(0, 8))));
        }
    }

    private static Conference.Arrangement arrangement(LocalDate on, UUID mother) {
        return new Conference.Arrangement(on, List.of(new Invitee(InviteeKind.PARENT, mother, null, null, null),
                new Invitee(InviteeKind.AGENCY, null, null, "Health visitor", "Demo Community Health NHS Trust")),
                true, false, null);
    }

    private static List<Attendance> attendance() {
        return List.of(new Attendance(0, true, false), new Attendance(1, true, true));
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate d = day.plusDays(14);
        while (!DemoYearPlan.weekday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private long version(UUID episode) {
        return episodes.open(episode).version();
    }

    private long fgdmVersion(UUID id) {
        return decisions.open(id).version();
    }

    private static String reasonFor(ReferralDecision decision) {
        return switch (decision) {
            case NO_FURTHER_ACTION -> "The family already have the support they need";
            case INFORMATION_AND_ADVICE -> "Advice given to the referrer about universal services";
            case TARGETED_EARLY_HELP -> "The family agree to Family Help with a lead practitioner";
            case SECTION_17_ASSESSMENT -> "The child may be in need: a Family Help assessment";
            case STRATEGY_DISCUSSION -> "Possible significant harm: a strategy discussion";
        };
    }

    /** The needs the demo's families came with, taken in turn; abuse or neglect where child protection followed. */
    private static final String[] NEEDS = {"N4", "N5", "N1", "N3", "N2", "N7", "N8", "N6"};

    /** The primary need its assessment records (CIN census PrimaryNeedCode, DfE rule 8610). */
    private static String primaryNeed(ChildPath path, Episode episode) {
        return episode.protection() != null ? "N1" : NEEDS[path.number() % NEEDS.length];
    }

    /** Does the work as {@code username} with the clock at {@code day} (ten o'clock, a minute later each time). */
    private <T> T on(LocalDate day, String username, Supplier<T> work) {
        DemoClock demo = (DemoClock) clock;
        Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(minute++ % 480)).atZone(Today.LONDON).toInstant();
        Instant now = demo.realInstant().minusSeconds(60);
        return demo.at(at.isAfter(now) ? now : at, () -> runAs.call(username, work));
    }
}
