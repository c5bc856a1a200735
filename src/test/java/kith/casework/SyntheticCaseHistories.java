package kith.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kith.familyhelp.AssessmentFactor;
import kith.familyhelp.EpisodeKind;
import kith.familyhelp.FamilyHelpEvents.AssessmentAuthorised;
import kith.familyhelp.FamilyHelpEvents.AssessmentCompleted;
import kith.familyhelp.FamilyHelpEvents.AssessmentStarted;
import kith.familyhelp.FamilyHelpEvents.EpisodeClosed;
import kith.familyhelp.FamilyHelpEvents.EpisodeOpened;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanAgreed;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.familyhelp.FamilyHelpEvents.LeadPractitionerAllocated;
import kith.familyhelp.FamilyHelpEvents.SteppedUpToChildProtection;
import kith.familyhelp.FamilyHelpEvents.VisitRecorded;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralReceived;
import kith.frontdoor.ReferralSource;
import kith.protection.Category;
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

/**
 * Invents children's case histories for benchmarks, never real ones. Each is a chronology written by the code
 * that writes real chronologies ({@link Entries}, from the modules' own event records), together with the
 * Family Help episode that chronology tells of: its lead practitioner, assessment and family plan. The same
 * seed gives the same histories in the same order (apart from ids).
 *
 * <p>Most children an authority knows have a short history: a referral and a decision, perhaps a brief
 * episode. A few, worked with for years, have hundreds of entries; {@link #length()} draws from that spread. A
 * quarter of the long open histories step up to child protection a third of the way in and are on a plan today:
 * the strategy discussion, the section 47 enquiry, the initial conference, then statutory visits, core group
 * meetings and reviews up to today, with the plan's next dates and its open tasks.
 */
public final class SyntheticCaseHistories {

    /** A practitioner who may lead or supervise the work, as the partnership directory has them. */
    public record Practitioner(UUID id, String name, String agency) {}

    /** A chronology entry and when it was written (a little after the day it happened). */
    record Written(NewEntry entry, Instant recordedAt) {}

    /** One child's history; {@code episode} is null when the referral went no further. */
    record CaseHistory(UUID childId, List<Written> entries, Episode episode) {}

    /**
     * A Family Help episode for one child, as the family_help_episode row and its parts hold it; {@code protection}
     * is the child protection plan it stepped up to, or null.
     */
    record Episode(UUID id, EpisodeKind kind, UUID referralId, LocalDate referralDate, LocalDate openedOn,
            Practitioner supervisor, Practitioner lead, LocalDate leadAllocatedOn, LocalDate steppedUpOn,
            String stepUpReason, LocalDate closedOn, String closureReason, String childName, Assessment assessment,
            Plan plan, Protection protection) {}

    /**
     * Child protection after a step up, as its rows hold it: the strategy discussion that started the enquiry, the
     * enquiry (led by the lead child protection practitioner, needing a conference), the initial conference that set
     * the plan, and the open plan with its visits, core group meetings, held reviews and next dates.
     */
    record Protection(UUID discussionId, LocalDate discussedOn, UUID enquiryId, LocalDate conferenceDueOn,
            LocalDate completedOn, UUID conferenceId, LocalDate conferenceOn, UUID planId, Category category,
            Practitioner lead, List<Visit> visits, List<Meeting> meetings, List<Review> reviews,
            LocalDate nextVisitDueOn, LocalDate nextCoreGroupDueOn, LocalDate nextReviewDueOn) {}

    /** A statutory visit: the child seen, alone or not, the bedroom seen or not. */
    record Visit(UUID id, LocalDate visitedOn, boolean seenAlone, boolean bedroomSeen, LocalDate nextDueOn) {}

    /** A core group meeting. */
    record Meeting(UUID id, LocalDate heldOn, LocalDate nextDueOn) {}

    /** A review conference that kept the plan. */
    record Review(UUID conferenceId, LocalDate dueOn, LocalDate heldOn, LocalDate nextDueOn) {}

    /** The child's assessment; completed and authorised only if the chronology says so. */
    record Assessment(UUID id, LocalDate startedOn, LocalDate dueOn, List<String> factors, LocalDate completedOn,
            String lateReason, LocalDate authorisedOn) {}

    /** The family plan, ended when the episode closed. */
    record Plan(UUID id, boolean childInNeedPlan, LocalDate startedOn, LocalDate endedOn, LocalDate nextReviewOn,
            List<String> goals) {}

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int LONGEST_DAYS = 6 * 365;
    // The opening of the work: referral, decision, episode, lead, assessment started, completed, authorised, plan.
    private static final int OPENING = 8;
    private static final String FRONT_DOOR = "Jordan Ellis";
    private static final String CHAIR = "Nadia Osei";
    // The discussion, the enquiry started, its lead, its outcome, the conference arranged and held, the plan.
    static final int PLAN_OPENING = 7;
    // Most plans are for neglect or emotional abuse.
    private static final Category[] CATEGORIES = {Category.NEG, Category.NEG, Category.NEG, Category.EMO, Category.EMO,
        Category.PHY, Category.SAB};
    private static final String[] GOALS = {"Home is calm and safe at bedtime", "Attends school every day",
        "Mum gets support with her mental health", "The children see their dad safely", "Rent arrears are paid off",
        "Keeps the appointments with the health visitor", "Knows who to call when things get hard",
        "Gets to the dentist and the optician"};
    private static final String[] STEP_UP_REASONS = {"Injury to the child not explained",
        "Domestic abuse incident with the child present", "Disclosure by the child at school"};
    private static final ReferralSource[] SOURCES = ReferralSource.values();
    private static final AssessmentFactor[] FACTORS = Arrays.stream(AssessmentFactor.values())
            .filter(factor -> !factor.deprecated() && !factor.code().equals("21"))
            .toArray(AssessmentFactor[]::new);

    private final Random random;
    private final LocalDate today;
    private final List<Practitioner> leads;
    private final Practitioner supervisor;
    private final Practitioner childProtectionLead;

    public SyntheticCaseHistories(long seed, LocalDate today, List<Practitioner> leads, Practitioner supervisor,
            Practitioner childProtectionLead) {
        this.random = new Random(seed);
        this.today = today;
        this.leads = List.copyOf(leads);
        this.supervisor = supervisor;
        this.childProtectionLead = childProtectionLead;
    }

    /**
     * How many chronology entries the next child has: none for about three in ten, one or two (a referral that
     * went no further) for three in ten, a short episode for most of the rest, and from 150 to 600 for one
     * child in five hundred. About 7.7 on average.
     */
    int length() {
        int draw = random.nextInt(1000);
        if (draw < 287) {
            return 0;
        } else if (draw < 587) {
            return between(1, 2);
        } else if (draw < 787) {
            return between(3, 8);
        } else if (draw < 937) {
            return between(9, 20);
        } else if (draw < 987) {
            return between(21, 60);
        } else if (draw < 998) {
            return between(61, 150);
        }
        return between(151, 600);
    }

    /** A history of {@code length} entries (at least one) for the child; Family Help from the third entry. */
    CaseHistory history(UUID child, String childName, int length) {
        var story = new Story(child);
        // Longer histories span more time, up to six years; a closed episode ended some time ago.
        boolean closes = length > OPENING && random.nextInt(10) < 4;
        LocalDate end = today.minusDays(closes ? 1 + random.nextInt(700) : random.nextInt(10));
        LocalDate referred = end.minusDays(Math.min(LONGEST_DAYS, 20 + 12L * length));
        UUID referralId = UUID.randomUUID();
        story.add(Entries.of(new ReferralReceived(referralId, child, referred, pick(SOURCES).code(), false)));
        if (length == 1) {
            return story.told(null);
        }
        ReferralDecision decision = length == 2
                ? (random.nextBoolean() ? ReferralDecision.NO_FURTHER_ACTION : ReferralDecision.INFORMATION_AND_ADVICE)
                : (random.nextInt(3) == 0 ? ReferralDecision.SECTION_17_ASSESSMENT : ReferralDecision.TARGETED_EARLY_HELP);
        story.add(Entries.of(new ReferralDecided(referralId, child, decision, referred.plusDays(1), "front.door", false,
                        referred),
                FRONT_DOOR));
        if (length == 2) {
            return story.told(null);
        }
        var episode = new EpisodeDraft(decision == ReferralDecision.SECTION_17_ASSESSMENT ? EpisodeKind.CHILD_IN_NEED
                : EpisodeKind.TARGETED_EARLY_HELP, referralId, referred, childName);
        List<UUID> children = List.of(child);
        story.add(Entries.of(new EpisodeOpened(episode.id, children, episode.openedOn, episode.kind.name(), referralId,
                supervisor.name())));
        if (length >= 4) {
            episode.lead = pick(leads);
            episode.leadAllocatedOn = referred.plusDays(3);
            story.add(Entries.of(new LeadPractitionerAllocated(episode.id, children, episode.lead.id(),
                    episode.lead.name(), episode.lead.agency(), episode.leadAllocatedOn, supervisor.name())));
        }
        if (length >= 5) {
            assess(story, episode, child, length);
        }
        if (length >= OPENING) {
            agreePlan(story, episode, children, end, closes, length);
        }
        return story.told(episode.done());
    }

    // Working Together 2023: the assessment is due 45 working days from the referral (about nine weeks).
    private void assess(Story story, EpisodeDraft episode, UUID child, int length) {
        UUID id = UUID.randomUUID();
        LocalDate started = episode.referralDate.plusDays(3);
        LocalDate due = episode.referralDate.plusDays(63);
        story.add(Entries.of(new AssessmentStarted(id, episode.id, child, started, due, episode.lead.id())));
        LocalDate completed = null, authorised = null;
        List<String> factors = List.of();
        if (length >= 6) {
            completed = episode.referralDate.plusDays(20 + random.nextInt(50));
            factors = factors();
            story.add(Entries.of(new AssessmentCompleted(id, episode.id, child, completed, factors,
                    completed.isAfter(due), episode.lead.name())));
        }
        if (length >= 7) {
            authorised = completed.plusDays(1 + random.nextInt(7));
            story.add(Entries.of(new AssessmentAuthorised(id, episode.id, child, authorised, supervisor.name())));
        }
        episode.assessment = new Assessment(id, started, due, factors, completed,
                completed != null && completed.isAfter(due) ? "Family moved during the assessment" : null, authorised);
    }

    /** The plan, then visits and reviews spread evenly up to the end, perhaps a step up, perhaps the closure. */
    private void agreePlan(Story story, EpisodeDraft episode, List<UUID> children, LocalDate end, boolean closes,
            int length) {
        UUID planId = UUID.randomUUID();
        boolean childInNeed = episode.kind == EpisodeKind.CHILD_IN_NEED;
        LocalDate started = episode.assessment.authorisedOn().plusDays(1 + random.nextInt(10));
        List<String> goals = new ArrayList<>();
        for (int goal = 1 + random.nextInt(4); goals.size() < goal; ) {
            String next = pick(GOALS);
            if (!goals.contains(next)) {
                goals.add(next);
            }
        }
        LocalDate nextReview = started.plusMonths(3);
        story.add(Entries.of(new FamilyPlanAgreed(planId, episode.id, children, started, childInNeed, goals.size(),
                nextReview, episode.lead.id(), episode.lead.name())));
        int middle = length - OPENING - (closes ? 1 : 0);
        long span = end.toEpochDay() - started.toEpochDay();
        // Some open histories go on to a child protection plan (with at least a few visits of it), some only step up.
        boolean protect = !closes && middle >= 3 * (PLAN_OPENING + 1) && random.nextInt(4) == 0;
        int stepUpAt = protect ? middle / 3 : !closes && middle >= 10 && random.nextInt(8) == 0 ? middle * 2 / 3 : -1;
        for (int i = 1; i <= middle; i++) {
            // Distinct days: a plan reviewed twice on one day would repeat the review's event key.
            LocalDate on = started.plusDays(i * span / (middle + 1));
            if (i == stepUpAt) {
                episode.steppedUpOn = on;
                episode.stepUpReason = pick(STEP_UP_REASONS);
                story.add(Entries.of(new SteppedUpToChildProtection(episode.id, children, on, episode.stepUpReason,
                        episode.lead.id(), supervisor.name())));
                if (protect) {
                    episode.protection = protect(story, episode, children.getFirst(), on, end, middle - i);
                    break;
                }
            } else if (i % 6 == 0) {
                nextReview = on.plusMonths(3);
                story.add(Entries.of(new FamilyPlanReviewed(planId, episode.id, children, on, nextReview,
                        episode.lead.id(), episode.lead.name())));
            } else {
                story.add(Entries.of(new VisitRecorded(UUID.randomUUID(), episode.id, children, on,
                        random.nextInt(3) > 0, episode.lead.name())));
            }
        }
        if (closes) {
            episode.closedOn = end;
            episode.closureReason = "RC" + (7 + random.nextInt(3));
            story.add(Entries.of(new EpisodeClosed(episode.id, children, end, episode.closureReason, supervisor.name())));
        }
        // DfE CIN rule 4001: a child in need plan does not run alongside a child protection plan.
        LocalDate planEnded = episode.protection != null && childInNeed ? episode.protection.conferenceOn() : episode.closedOn;
        episode.plan = new Plan(planId, childInNeed, started, planEnded, nextReview, List.copyOf(goals));
    }

    /**
     * Child protection from the day after the step up, in exactly {@code entries} chronology entries (at least
     * {@link #PLAN_OPENING}): the way to the plan, then its visits (every two weeks), core group meetings (every
     * third step) and review conferences (three months after the initial one, then every six), spread up to
     * {@code end}. Working Together 2023: the initial conference within 15 working days of the discussion.
     */
    private Protection protect(Story story, EpisodeDraft episode, UUID child, LocalDate steppedUpOn, LocalDate end,
            int entries) {
        Practitioner lead = childProtectionLead;
        UUID discussion = UUID.randomUUID(), enquiry = UUID.randomUUID(), conference = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        LocalDate discussed = steppedUpOn.plusDays(1);
        LocalDate due = discussed.plusDays(21);
        LocalDate completed = discussed.plusDays(7);
        LocalDate conferenceOn = discussed.plusDays(14);
        Category category = pick(CATEGORIES);
        story.add(ProtectionEntries.of(new StrategyDiscussionHeld(discussion, episode.id, List.of(child), discussed,
                false, true, false, List.of(), null, episode.lead.id(), supervisor.name(), null)));
        story.add(ProtectionEntries.of(new Section47EnquiryStarted(enquiry, episode.id, child, discussed, due, discussion,
                episode.lead.id())));
        story.add(ProtectionEntries.of(new LeadChildProtectionPractitionerAssigned(enquiry, child, lead.id(), lead.name(),
                discussed.plusDays(1), supervisor.name(), false)));
        story.add(ProtectionEntries.of(new Section47EnquiryCompleted(enquiry, child, completed, true, true, lead.name())));
        story.add(ProtectionEntries.of(new ConferenceScheduled(conference, child, "INITIAL", conferenceOn, due, lead.id(),
                enquiry, completed)));
        story.add(ProtectionEntries.of(new ConferenceHeld(conference, child, "INITIAL", conferenceOn, "PLAN",
                category.name(), false, CHAIR, enquiry)));
        LocalDate nextVisit = conferenceOn.plusDays(14);
        LocalDate nextCoreGroup = conferenceOn.plusDays(14);
        LocalDate nextReview = conferenceOn.plusMonths(3);
        story.add(ProtectionEntries.of(new ChildProtectionPlanStarted(plan, episode.id, child, conferenceOn,
                category.name(), 0, lead.id(), lead.name(), episode.lead.id(), nextVisit, nextCoreGroup, nextReview)));
        List<Visit> visits = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        int steps = entries - PLAN_OPENING;
        long span = end.toEpochDay() - conferenceOn.toEpochDay();
        for (int i = 1; i <= steps; i++) {
            LocalDate on = conferenceOn.plusDays(i * span / (steps + 1));
            if (!on.isBefore(nextReview)) {
                LocalDate next = on.plusMonths(6);
                reviews.add(new Review(UUID.randomUUID(), nextReview, on, next));
                story.add(ProtectionEntries.of(new ChildProtectionPlanReviewed(plan, child, on, category.name(), next,
                        lead.id())));
                nextReview = next;
            } else if (i % 3 == 0) {
                Meeting meeting = new Meeting(UUID.randomUUID(), on, on.plusDays(28));
                meetings.add(meeting);
                story.add(ProtectionEntries.of(new CoreGroupMet(meeting.id(), plan, child, on, meeting.nextDueOn(),
                        on.isAfter(nextCoreGroup), lead.id(), lead.name())));
                nextCoreGroup = meeting.nextDueOn();
            } else {
                Visit visit = new Visit(UUID.randomUUID(), on, random.nextInt(4) > 0, random.nextBoolean(), on.plusDays(14));
                visits.add(visit);
                story.add(ProtectionEntries.of(new ChildProtectionVisitMade(visit.id(), plan, child, on, true,
                        visit.seenAlone(), visit.bedroomSeen(), visit.nextDueOn(), on.isAfter(nextVisit), lead.id(),
                        lead.name())));
                nextVisit = visit.nextDueOn();
            }
        }
        return new Protection(discussion, discussed, enquiry, due, completed, conference, conferenceOn, plan, category,
                lead, List.copyOf(visits), List.copyOf(meetings), List.copyOf(reviews), nextVisit, nextCoreGroup,
                nextReview);
    }

    private List<String> factors() {
        List<String> codes = new ArrayList<>();
        for (int count = 1 + random.nextInt(3); codes.size() < count; ) {
            String code = pick(FACTORS).code();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The entries of one history as they are written: during the working day, up to two days later. */
    private final class Story {
        private final UUID child;
        private final List<Written> entries = new ArrayList<>();

        Story(UUID child) {
            this.child = child;
        }

        void add(List<NewEntry> written) {
            for (NewEntry entry : written) {
                LocalDate day = entry.occurredOn().plusDays(random.nextInt(3));
                Instant at = (day.isAfter(today) ? today : day)
                        .atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(600))).atZone(LONDON).toInstant();
                entries.add(new Written(entry, at));
            }
        }

        CaseHistory told(Episode episode) {
            return new CaseHistory(child, List.copyOf(entries), episode);
        }
    }

    /** The episode as the story unfolds. */
    private final class EpisodeDraft {
        final UUID id = UUID.randomUUID();
        final EpisodeKind kind;
        final UUID referralId;
        final LocalDate referralDate;
        final LocalDate openedOn;
        final String childName;
        Practitioner lead;
        LocalDate leadAllocatedOn;
        LocalDate steppedUpOn;
        String stepUpReason;
        LocalDate closedOn;
        String closureReason;
        Assessment assessment;
        Plan plan;
        Protection protection;

        EpisodeDraft(EpisodeKind kind, UUID referralId, LocalDate referralDate, String childName) {
            this.kind = kind;
            this.referralId = referralId;
            this.referralDate = referralDate;
            this.openedOn = referralDate.plusDays(1);
            this.childName = childName;
        }

        Episode done() {
            return new Episode(id, kind, referralId, referralDate, openedOn, supervisor, lead, leadAllocatedOn,
                    steppedUpOn, stepUpReason, closedOn, closureReason, childName, assessment, plan, protection);
        }
    }
}
