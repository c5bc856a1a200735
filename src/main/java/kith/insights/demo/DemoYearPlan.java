package kith.insights.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import kith.familyhelp.AssessmentOutcome;
import kith.familyhelp.EpisodeKind;
import kith.familyhelp.ReasonForClosure;
import kith.frontdoor.NewContact.ReferrerKind;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralSource;
import kith.networks.FgdmStage;
import kith.people.PersonDetails;
import kith.people.SyntheticPeople;
import kith.people.Upn;
import kith.protection.Category;
import kith.shared.ConditionalOnDemo;

/**
 * The demo's year of activity as a plan, before anything is recorded: for each invented child, the path they took
 * through the front door, Family Help and child protection, with every date. Pure and deterministic: the same seed,
 * first day and today give the same paths, so that the demo has the same figures at every start and the plan can be
 * tested without a database ({@link DemoYear} records it through the modules' services).
 *
 * <p>Nothing is dated before {@code firstDay} or after {@code today}: a path is cut where its next step would be in
 * the future, and whatever is open then stays open. Dates keep the rules of the Children in Need census: one
 * episode at a time, an assessment completed with factors, an initial conference on a working day and a plan
 * starting on its date, a closure with its reason.
 */
@ConditionalOnDemo
public final class DemoYearPlan {

    /** One child's year: who they are, and each time they came to the front door (a second is a re-referral). */
    public record ChildPath(int number, PersonDetails child, PersonDetails mother, List<Cycle> cycles) {}

    /** A referral and what followed it; {@code episode} is null when it ended at the front door. */
    public record Cycle(Referral referral, Episode episode) {}

    /**
     * A contact accepted as a referral, decided on {@code decidedOn} (null: still waiting), late with
     * {@code lateReason}. Children who go straight to child protection are decided as a child in need assessment
     * and stepped up the same day, so that the strategy discussion sits in a Family Help episode opened from the
     * referral.
     */
    public record Referral(LocalDate receivedOn, ReferrerKind referrerKind, String referrer, ReferralSource source,
            String worry, LocalDate decidedOn, ReferralDecision decision, String lateReason) {}

    /** Family Help opened from the referral on its decision day, led by one of {@link DemoYear}'s leads. */
    public record Episode(LocalDate openedOn, EpisodeKind kind, int lead, Assessment assessment,
            LocalDate familyPlanOn, List<LocalDate> planReviews, Protection protection, Fgdm fgdm,
            PreProceedings preProceedings, Closure closure) {}

    /** An assessment, completed (with factors and an outcome) unless {@code completedOn} is null. */
    public record Assessment(LocalDate startedOn, LocalDate completedOn, List<String> factors,
            AssessmentOutcome outcome, String lateReason) {}

    /**
     * Child protection within the episode: a step-up, the strategy discussion, the section 47 enquiry (if one),
     * its completion and whether it needs a conference, the initial conference (late with a reason), the plan it
     * decides, the plan's visits and core groups, and its review conferences (the last may end the plan).
     */
    public record Protection(LocalDate steppedUpOn, LocalDate discussedOn, boolean section47,
            LocalDate enquiryCompletedOn, boolean conferenceNeeded, LocalDate conferenceOn,
            String conferenceLateReason, boolean plan, Category category, List<Visit> visits,
            List<LocalDate> coreGroups, List<LocalDate> reviews, boolean endedAtLastReview) {

        public LocalDate planEndedOn() {
            return endedAtLastReview && !reviews.isEmpty() ? reviews.get(reviews.size() - 1) : null;
        }
    }

    /** A statutory visit; a late one has its reason. */
    public record Visit(LocalDate on, String lateReason) {}

    /** A family group decision-making meeting considered at a stage, offered, and (if accepted) held. */
    public record Fgdm(FgdmStage stage, LocalDate consideredOn, LocalDate offeredOn, LocalDate answeredOn,
            boolean accepted, LocalDate heldOn, SupportPackage supportPackage) {}

    /** A support package asked for by the family's plan, approved and paid: £100 to £500, within a team manager's level. */
    public record SupportPackage(long pence, LocalDate paidOn) {}

    /** Pre-proceedings: started at a legal planning meeting, the letter sent, the first meeting held. */
    public record PreProceedings(LocalDate startedOn, LocalDate letterOn, LocalDate meetingOn) {}

    /** Family Help closed with its DfE reason. */
    public record Closure(LocalDate on, ReasonForClosure reason) {}

    static final String[] AGENCY_REFERRERS = {"Kithbridge Primary School", "Demo Community Health NHS Trust",
        "Demoshire Police", "Kithbridge Family Support", "Brookfield Medical Practice", "Demo Housing Trust"};
    static final ReferralSource[] AGENCY_SOURCES = {ReferralSource.SOURCE_2A, ReferralSource.SOURCE_3B,
        ReferralSource.SOURCE_6, ReferralSource.SOURCE_8, ReferralSource.SOURCE_3A, ReferralSource.SOURCE_4};
    static final String[] WORRIES = {
        "The family are struggling since a parent lost their job; the children are often hungry at school.",
        "Mum has told us she feels low and cannot cope; the baby has missed two health checks.",
        "Police attended a domestic incident at the home; the children were present.",
        "The child has been missing school and says there is shouting at home every night.",
        "Neighbours hear a young child crying alone for long periods in the evening.",
        "Dad drinks heavily and the home is dirty and cold; the children look unkempt.",
        "The child came to school with a bruise on the face and would not say how it happened.",
        "The family are homeless after an eviction and staying with friends in one room."};
    static final String[][] FACTORS = {{"1B"}, {"2B", "3A"}, {"3A", "3B"}, {"4B"}, {"4B", "1B"}, {"6B"}, {"9A"},
        {"3B", "4B"}, {"5A"}, {"2B"}, {"19B"}, {"8F"}, {"18B"}, {"4A", "22A"}};
    /** "21" (no factors identified) only where an assessment closed the case (DfE rules 8869 and 8873Q). */
    static final String[] NO_FACTORS = {"21"};
    static final String[] LATE_DECISIONS = {"Waiting for information from the school", "The screener was off sick",
        "An unusually high number of contacts that week"};
    static final String[] LATE_ASSESSMENTS = {"The family cancelled three visits", "Waiting for the health report",
        "The social worker changed part-way through"};
    static final String[] LATE_CONFERENCES = {"The police could not attend the first date",
        "Rearranged so that the parents' advocate could attend", "No chair was free within 15 working days"};

    private final Random random;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final Predicate<LocalDate> workingDay;
    private final SyntheticPeople people;

    private DemoYearPlan(long seed, LocalDate firstDay, LocalDate today, Predicate<LocalDate> workingDay) {
        this.random = new Random(seed);
        this.firstDay = firstDay;
        this.today = today;
        this.workingDay = workingDay;
        // Born before the year starts (so before every referral); their NHS numbers are DemoYear's own.
        this.people = new SyntheticPeople(seed, firstDay.minusDays(1));
    }

    /** The paths of {@code children} children from {@code firstDay} to {@code today}, working days as given. */
    public static List<ChildPath> of(long seed, int children, LocalDate firstDay, LocalDate today,
            Predicate<LocalDate> workingDay) {
        DemoYearPlan plan = new DemoYearPlan(seed, firstDay, today, workingDay);
        List<ChildPath> paths = new ArrayList<>();
        for (int n = 0; n < children; n++) {
            paths.add(plan.path(n));
        }
        return paths;
    }

    /** Weekdays only: for tests and for a plan made without the council's calendar. */
    public static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * One child in 25 comes from a family the year returns to: referred in April for child protection, their plan
     * ends at its first review, Family Help closes, and they are referred again within months, for child protection
     * again: so that some children are on a second plan before the year is out.
     */
    private boolean returning;

    /** The stages at which this child has had a family group decision: one each (a decision stays open until reviewed). */
    private final java.util.Set<FgdmStage> fgdmStages = java.util.EnumSet.noneOf(FgdmStage.class);

    private ChildPath path(int n) {
        returning = n % 25 == 3;
        fgdmStages.clear();
        PersonDetails child = withNhsNumber(people.child());
        PersonDetails mother = mother(child);
        List<Cycle> cycles = new ArrayList<>();
        // Referrals arrive through the year; the last few weeks' are still being worked.
        long span = firstDay.until(today.minusDays(3), java.time.temporal.ChronoUnit.DAYS);
        LocalDate received = working(firstDay.plusDays(random.nextInt(returning ? 21 : (int) span)));
        boolean hadPlan = false;
        while (received != null && !received.isAfter(today) && cycles.size() < 3) {
            Cycle cycle = cycle(received, cycles.isEmpty() ? null : cycles.get(cycles.size() - 1), hadPlan);
            cycles.add(cycle);
            hadPlan |= cycle.episode() != null && cycle.episode().protection() != null
                    && cycle.episode().protection().plan();
            LocalDate ended = endOf(cycle);
            // About a quarter come back: most within a few months, so re-referrals within 12 months are seen.
            if (ended == null || random.nextInt(100) >= (returning ? 100 : hadPlan ? 45 : 30)) {
                break;
            }
            received = working(ended.plusDays(returning ? 10 + random.nextInt(25) : 14 + random.nextInt(120)));
        }
        return new ChildPath(n, child, mother, cycles);
    }

    /**
     * The invented children have test NHS numbers (the 999 range) of their own, from 999 600 000 up, so that none is
     * an NHS number of the demo's other families; one child in ten has none recorded.
     */
    private PersonDetails withNhsNumber(PersonDetails c) {
        String nhs = null;
        if (random.nextInt(10) > 0) {
            do {
                nhs = Long.toString(nextNhs++);
            } while (!kith.people.NhsNumber.isValid(nhs));
        }
        return new PersonDetails(c.kind(), false, c.givenName(), c.familyName(), null, List.of(), c.dateOfBirth(), null,
                c.sex(), c.ethnicity(), c.disabilities(), c.languages(), c.addresses(), nhs,
                nhs == null ? null : c.nhsNumberSource() == null ? "GP record" : c.nhsNumberSource(),
                c.dateOfBirth() == null ? null : nextUpn());
    }

    private long nextNhs = 9_996_000_000L;
    private int nextPupil = 1;

    /**
     * Each child born has an invented unique pupil number, as a council's education records would give it (the
     * census asks for one, query 8770Q, for a child of school age): the DfE's pseudo-LA code 001 (recognised by
     * rule 1530, no council's own) and a serial.
     */
    private String nextUpn() {
        int serial = nextPupil++;
        return Upn.withCheckLetter("001" + String.format("%04d", 1000 + serial / 1000) + "26"
                + String.format("%03d", serial % 1000)).value();
    }

    private PersonDetails mother(PersonDetails child) {
        LocalDate born = child.dateOfBirth().minusYears(20 + random.nextInt(18)).minusDays(random.nextInt(365));
        String[] names = {"Sarah", "Emma", "Laura", "Gemma", "Kelly", "Aisha", "Natalie", "Chloe", "Amy", "Zainab",
            "Rachel", "Hannah", "Stacey", "Priya", "Leanne", "Joanne"};
        return new PersonDetails(kith.people.PersonKind.ADULT, false, names[random.nextInt(names.length)],
                child.familyName(), null, List.of(), born, null, "F", child.ethnicity(), List.of(), List.of("English"),
                child.addresses(), null, null, null);
    }

    /** The day the cycle's work ended (an NFA decision or a closure), or null while it is open. */
    private static LocalDate endOf(Cycle cycle) {
        if (cycle.episode() == null) {
            return cycle.referral().decision() == null ? null : cycle.referral().decidedOn();
        }
        return cycle.episode().closure() == null ? null : cycle.episode().closure().on();
    }

    private Cycle cycle(LocalDate received, Cycle earlier, boolean hadPlan) {
        boolean agency = random.nextInt(100) < 78;
        int who = random.nextInt(AGENCY_REFERRERS.length);
        ReferrerKind kind = agency ? ReferrerKind.AGENCY : random.nextInt(4) == 0 ? ReferrerKind.ANONYMOUS
                : ReferrerKind.INDIVIDUAL;
        String referrer = switch (kind) {
            case AGENCY -> AGENCY_REFERRERS[who];
            case INDIVIDUAL -> random.nextBoolean() ? "A grandparent" : "A neighbour";
            case ANONYMOUS -> null;
        };
        ReferralSource source = switch (kind) {
            case AGENCY -> AGENCY_SOURCES[who];
            case INDIVIDUAL -> "A grandparent".equals(referrer) ? ReferralSource.SOURCE_1A : ReferralSource.SOURCE_1B;
            case ANONYMOUS -> ReferralSource.SOURCE_9;
        };
        String worry = WORRIES[random.nextInt(WORRIES.length)];
        // Decided the same day or the next working day; one in eight late, with the reason.
        boolean lateDecision = random.nextInt(8) == 0;
        LocalDate decided = lateDecision ? workingDaysAfter(received, 2 + random.nextInt(3))
                : random.nextInt(3) == 0 ? workingDaysAfter(received, 1) : received;
        if (decided.isAfter(today)) {
            return new Cycle(new Referral(received, kind, referrer, source, worry, null, null, null), null);
        }
        int roll = random.nextInt(100);
        boolean protection = returning || roll < (hadPlan ? 45 : 18);
        ReferralDecision decision = protection ? ReferralDecision.SECTION_17_ASSESSMENT
                : roll < 38 ? ReferralDecision.NO_FURTHER_ACTION
                : roll < 44 ? ReferralDecision.INFORMATION_AND_ADVICE
                : roll < 68 ? ReferralDecision.TARGETED_EARLY_HELP
                : ReferralDecision.SECTION_17_ASSESSMENT;
        Referral referral = new Referral(received, kind, referrer, source, worry, decided, decision,
                lateDecision ? LATE_DECISIONS[random.nextInt(LATE_DECISIONS.length)] : null);
        if (!decision.opensFamilyHelp()) {
            return new Cycle(referral, null);
        }
        return new Cycle(referral, episode(received, decided, decision, protection));
    }

    private Episode episode(LocalDate received, LocalDate opened, ReferralDecision decision, boolean urgent) {
        EpisodeKind kind = decision == ReferralDecision.TARGETED_EARLY_HELP ? EpisodeKind.TARGETED_EARLY_HELP
                : EpisodeKind.CHILD_IN_NEED;
        // Early help is often led by a partner (health, school, charity); child in need by the council's social worker.
        int lead = kind == EpisodeKind.TARGETED_EARLY_HELP ? 1 + random.nextInt(3) : random.nextInt(5) == 0 ? 1 : 0;
        if (urgent) {
            lead = 0;
        }
        LocalDate started = orNull(workingDaysAfter(opened, random.nextInt(3)));
        if (started == null) {
            return new Episode(opened, kind, lead, null, null, List.of(), null, null, null, null);
        }
        LocalDate due = workingDaysAfter(received, 45);
        boolean lateAssessment = random.nextInt(9) == 0;
        LocalDate completed = lateAssessment ? workingDaysAfter(due, 3 + random.nextInt(15))
                : workingDaysAfter(started, 10 + random.nextInt(28));
        if (completed.isAfter(due) && !lateAssessment) {
            completed = due;
        }
        Protection protection = null;
        AssessmentOutcome outcome;
        if (urgent) {
            outcome = AssessmentOutcome.FAMILY_HELP_PLAN;
            protection = protection(opened, opened);
        } else {
            int roll = random.nextInt(100);
            outcome = kind == EpisodeKind.TARGETED_EARLY_HELP || roll < 55 ? AssessmentOutcome.FAMILY_HELP_PLAN
                    : roll < 72 ? AssessmentOutcome.CLOSE_NO_FURTHER_ACTION
                    : roll < 84 ? AssessmentOutcome.CLOSE_TO_EARLY_HELP
                    : AssessmentOutcome.STEP_UP;
        }
        completed = orNull(completed);
        String[] factors = FACTORS[random.nextInt(FACTORS.length)];
        boolean closes = outcome == AssessmentOutcome.CLOSE_NO_FURTHER_ACTION
                || outcome == AssessmentOutcome.CLOSE_TO_EARLY_HELP;
        if (closes && random.nextInt(3) == 0) {
            factors = NO_FACTORS;
        }
        Assessment assessment = new Assessment(started, completed, List.of(factors),
                completed == null ? null : outcome,
                completed != null && completed.isAfter(due) ? LATE_ASSESSMENTS[random.nextInt(LATE_ASSESSMENTS.length)]
                        : null);
        if (completed == null) {
            return new Episode(opened, kind, lead, assessment, null, List.of(), protection, fgdm(protection, opened),
                    null, null);
        }
        if (outcome == AssessmentOutcome.STEP_UP) {
            // The council's social worker leads once child protection starts.
            lead = 0;
            protection = protection(completed, completed.plusDays(0));
        }
        if (outcome == AssessmentOutcome.CLOSE_NO_FURTHER_ACTION || outcome == AssessmentOutcome.CLOSE_TO_EARLY_HELP) {
            LocalDate closed = orNull(workingDaysAfter(completed, 1 + random.nextInt(5)));
            return new Episode(opened, kind, lead, assessment, null, List.of(), null, null, null,
                    closed == null ? null : new Closure(closed, outcome == AssessmentOutcome.CLOSE_NO_FURTHER_ACTION
                            ? ReasonForClosure.RC8 : ReasonForClosure.RC9));
        }
        // A family plan after the assessment (during child protection too), reviewed every three months or so.
        LocalDate planOn = orNull(workingDaysAfter(completed, 1 + random.nextInt(5)));
        List<LocalDate> reviews = new ArrayList<>();
        for (LocalDate review = planOn == null ? null : working(planOn.plusMonths(3));
                review != null && !review.isAfter(today) && reviews.size() < 3;
                review = working(review.plusMonths(3))) {
            reviews.add(review);
        }
        PreProceedings pp = preProceedings(protection);
        // Pre-proceedings always offer a meeting, in the letter before proceedings; others sometimes have one earlier.
        Fgdm fgdm = pp != null ? preProceedingsFgdm(pp) : fgdm(protection, planOn == null ? completed : planOn);
        if (fgdm != null && !fgdmStages.add(fgdm.stage())) {
            fgdm = null;
            pp = null;
        }
        // Work ends some months after the plan (or after child protection ends); most of this year's is still open.
        LocalDate workEnds = protection == null ? (planOn == null ? null : planOn.plusDays(60 + random.nextInt(150)))
                : protection.plan() ? (protection.planEndedOn() == null ? null : protection.planEndedOn().plusDays(
                        returning ? 7 + random.nextInt(10) : 20 + random.nextInt(40)))
                : (protection.conferenceNeeded() ? protection.conferenceOn() : protection.enquiryCompletedOn()) == null
                        ? null : (protection.conferenceNeeded() ? protection.conferenceOn()
                                : protection.enquiryCompletedOn()).plusDays(30 + random.nextInt(60));
        if (pp != null) {
            workEnds = null;
        }
        if (fgdm != null && fgdm.heldOn() == null && fgdm.accepted()) {
            workEnds = null;
        }
        // Family Help closes after everything else in it.
        LocalDate latest = latest(assessment, planOn, reviews, protection, fgdm);
        if (workEnds != null && !workEnds.isAfter(latest)) {
            workEnds = latest.plusDays(7 + random.nextInt(14));
        }
        LocalDate closed = workEnds == null ? null : working(workEnds);
        if (closed != null && !reviews.isEmpty()) {
            reviews.removeIf(r -> !r.isBefore(closed));
        }
        return new Episode(opened, kind, lead, assessment, planOn, reviews, protection, fgdm, pp,
                closed == null ? null : new Closure(closed, ReasonForClosure.RC7));
    }

    /** The last day anything in the episode happened. */
    private static LocalDate latest(Assessment assessment, LocalDate planOn, List<LocalDate> reviews,
            Protection protection, Fgdm fgdm) {
        List<LocalDate> days = new ArrayList<>();
        days.add(assessment.startedOn());
        days.add(assessment.completedOn());
        days.add(planOn);
        days.addAll(reviews);
        if (protection != null) {
            days.addAll(List.of(protection.discussedOn() == null ? assessment.startedOn() : protection.discussedOn()));
            days.add(protection.enquiryCompletedOn());
            days.add(protection.conferenceOn());
            protection.visits().forEach(v -> days.add(v.on()));
            days.addAll(protection.coreGroups());
            days.addAll(protection.reviews());
        }
        if (fgdm != null) {
            days.addAll(java.util.Arrays.asList(fgdm.consideredOn(), fgdm.offeredOn(), fgdm.answeredOn(), fgdm.heldOn(),
                    fgdm.supportPackage() == null ? null : fgdm.supportPackage().paidOn()));
        }
        return days.stream().filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
    }

    /** Child protection from a step-up on {@code steppedUp}: most stages reached, some late, some plans ended. */
    private Protection protection(LocalDate steppedUp, LocalDate from) {
        LocalDate discussed = orNull(workingDaysAfter(from, random.nextInt(2)));
        if (discussed == null) {
            return new Protection(steppedUp, null, false, null, false, null, null, false, null, List.of(), List.of(),
                    List.of(), false);
        }
        boolean section47 = returning || random.nextInt(100) < 88;
        if (!section47) {
            return new Protection(steppedUp, discussed, false, null, false, null, null, false, null, List.of(),
                    List.of(), List.of(), false);
        }
        boolean late = random.nextInt(7) == 0;
        LocalDate conferenceDue = workingDaysAfter(discussed, 15);
        LocalDate conference = late ? workingDaysAfter(conferenceDue, 1 + random.nextInt(6))
                : workingDaysAfter(discussed, 8 + random.nextInt(7));
        LocalDate enquiryDone = orNull(workingDaysAfter(discussed, 4 + random.nextInt(3)));
        boolean needed = returning || random.nextInt(100) < 72;
        if (enquiryDone == null || !needed) {
            return new Protection(steppedUp, discussed, true, enquiryDone, needed && enquiryDone != null, null, null,
                    false, null, List.of(), List.of(), List.of(), false);
        }
        if (conference.isAfter(today)) {
            return new Protection(steppedUp, discussed, true, enquiryDone, true, null, null, false, null, List.of(),
                    List.of(), List.of(), false);
        }
        String lateReason = late ? LATE_CONFERENCES[random.nextInt(LATE_CONFERENCES.length)] : null;
        boolean plan = returning || random.nextInt(100) < 86;
        Category category = Category.values()[weightedCategory()];
        if (!plan) {
            return new Protection(steppedUp, discussed, true, enquiryDone, true, conference, lateReason, false, null,
                    List.of(), List.of(), List.of(), false);
        }
        // Reviews three months after the plan starts, then six-monthly; about half end at the first review.
        List<LocalDate> reviews = new ArrayList<>();
        boolean ended = false;
        LocalDate review = working(conference.plusMonths(3).minusDays(3 + random.nextInt(10)));
        while (review != null && !review.isAfter(today) && !ended) {
            reviews.add(review);
            ended = returning || random.nextInt(100) < (reviews.size() == 1 ? 50 : 60);
            review = working(review.plusMonths(6).minusDays(3 + random.nextInt(10)));
        }
        LocalDate last = ended ? reviews.get(reviews.size() - 1) : today;
        List<Visit> visits = new ArrayList<>();
        for (LocalDate visit = workingDaysAfter(conference, 3 + random.nextInt(6)); !visit.isAfter(last)
                && !visit.isAfter(today); ) {
            boolean lateVisit = random.nextInt(14) == 0;
            visits.add(new Visit(visit, null));
            LocalDate next = lateVisit ? workingDaysAfter(visit, 11 + random.nextInt(3))
                    : workingDaysAfter(visit, 6 + random.nextInt(4));
            if (lateVisit && !next.isAfter(last) && !next.isAfter(today)) {
                visits.add(new Visit(next, "The family were away; seen on their return"));
                next = workingDaysAfter(next, 6 + random.nextInt(4));
            }
            visit = next;
        }
        List<LocalDate> coreGroups = new ArrayList<>();
        for (LocalDate meeting = workingDaysAfter(conference, 5 + random.nextInt(5)); !meeting.isAfter(last)
                && !meeting.isAfter(today); meeting = workingDaysAfter(meeting, 15 + random.nextInt(5))) {
            coreGroups.add(meeting);
        }
        return new Protection(steppedUp, discussed, true, enquiryDone, true, conference, lateReason, true, category,
                visits, coreGroups, reviews, ended);
    }

    private int weightedCategory() {
        int roll = random.nextInt(100);
        return roll < 50 ? 0 : roll < 62 ? 1 : roll < 92 ? 2 : roll < 96 ? 3 : 4;
    }

    /** A family group decision-making meeting for about a third of families with a plan, at its stage. */
    private Fgdm fgdm(Protection protection, LocalDate from) {
        if (from == null || random.nextInt(100) >= (protection != null ? 55 : 25)) {
            return null;
        }
        FgdmStage stage = protection != null && protection.plan() ? FgdmStage.CHILD_PROTECTION : FgdmStage.FAMILY_HELP;
        LocalDate start = stage == FgdmStage.CHILD_PROTECTION ? protection.conferenceOn() : from;
        LocalDate considered = orNull(workingDaysAfter(start, 2 + random.nextInt(5)));
        LocalDate offered = considered == null ? null : orNull(workingDaysAfter(considered, 1 + random.nextInt(3)));
        LocalDate answered = offered == null ? null : orNull(workingDaysAfter(offered, 2 + random.nextInt(5)));
        if (considered == null) {
            return null;
        }
        boolean accepted = random.nextInt(100) < 75;
        LocalDate held = answered == null || !accepted ? null : orNull(workingDaysAfter(answered, 10 + random.nextInt(10)));
        SupportPackage support = held != null && random.nextInt(100) < 55
                ? new SupportPackage(2_500L * (4 + random.nextInt(17)), orNull(workingDaysAfter(held, 5 + random.nextInt(10))))
                : null;
        if (support != null && support.paidOn() == null) {
            support = new SupportPackage(support.pence(), null);
        }
        return new Fgdm(stage, considered, offered, answered, accepted, held, support);
    }

    /** The meeting offered in the letter before proceedings (every time: the pre-proceedings offer rate is 100%). */
    private Fgdm preProceedingsFgdm(PreProceedings pp) {
        if (pp.letterOn() == null) {
            return null;
        }
        LocalDate answered = orNull(workingDaysAfter(pp.letterOn(), 2 + random.nextInt(4)));
        boolean accepted = random.nextInt(100) < 80;
        LocalDate held = answered == null || !accepted ? null : orNull(workingDaysAfter(answered, 8 + random.nextInt(8)));
        return new Fgdm(FgdmStage.PRE_PROCEEDINGS, pp.startedOn(), pp.letterOn(), answered, accepted, held, null);
    }

    /** Pre-proceedings for a few children on a plan that is not ending. */
    private PreProceedings preProceedings(Protection protection) {
        if (protection == null || !protection.plan() || protection.endedAtLastReview() || random.nextInt(100) >= 35) {
            return null;
        }
        LocalDate started = orNull(workingDaysAfter(protection.conferenceOn(), 20 + random.nextInt(30)));
        if (started == null) {
            return null;
        }
        LocalDate letter = orNull(workingDaysAfter(started, 3 + random.nextInt(5)));
        LocalDate meeting = letter == null ? null : orNull(workingDaysAfter(letter, 5 + random.nextInt(5)));
        return new PreProceedings(started, letter, meeting);
    }

    /** The day itself if a working day, otherwise the next one; null if that is after today. */
    private LocalDate working(LocalDate day) {
        LocalDate d = day;
        while (!workingDay.test(d)) {
            d = d.plusDays(1);
        }
        return d.isAfter(today) ? null : d;
    }

    private LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int found = 0; found < n; ) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                found++;
            }
        }
        return d;
    }

    private LocalDate orNull(LocalDate day) {
        return day == null || day.isAfter(today) ? null : day;
    }
}
