package kith.insights.census;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.familyhelp.FamilyHelpForReturns.AssessmentFacts;
import kith.familyhelp.FamilyHelpForReturns.EpisodeFacts;
import kith.frontdoor.ReferralsForReturns.ReferralFacts;
import kith.insights.census.CensusChild.Assessment;
import kith.insights.census.CensusChild.CinPlan;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.PreProceedings;
import kith.insights.census.CensusChild.ProtectionPlan;
import kith.insights.census.CensusChild.Section47;
import kith.networks.PreProceeding.CinPreProceedings;
import kith.people.ChildrenForReturns.ChildFacts;
import kith.protection.ProtectionForReturns;
import kith.protection.ProtectionForReturns.EnquiryFacts;
import kith.protection.ProtectionForReturns.PlanFacts;

/**
 * One child's census return from the modules' facts, by the mapping written down in {@code docs/returns/cin-census.md}:
 * a pure function of the facts and the collection year, so that every rule of the mapping is tested without a
 * database.
 */
final class CensusMapping {

    /** The "not yet obtained" ethnicity code, for a child whose ethnicity Kith has not recorded. */
    static final String ETHNICITY_NOT_OBTAINED = "NOBT";

    /** ReferralSource when an episode has no referral recorded in Kith (DfE code 10, unknown). */
    static final String SOURCE_UNKNOWN = "10";

    private CensusMapping() {}

    /** Everything known of one child, as the modules gave it. */
    record Facts(ChildFacts person, List<ReferralFacts> referrals, List<EpisodeFacts> episodes,
            ProtectionForReturns.ChildFacts protection, List<CinPreProceedings> preProceedings) {

        Facts {
            referrals = referrals == null ? List.of() : referrals;
            episodes = episodes == null ? List.of() : episodes;
            protection = protection == null ? new ProtectionForReturns.ChildFacts(List.of(), List.of()) : protection;
            preProceedings = preProceedings == null ? List.of() : preProceedings;
        }
    }

    /** The child's return for the year, or empty when nothing of theirs is in it. */
    static Optional<CensusChild> child(Facts facts, CollectionYear year, boolean preProceedingsBlock) {
        ChildFacts person = facts.person();
        if (person == null) {
            return Optional.empty();
        }
        List<Episode> episodes = new ArrayList<>();
        List<EpisodeFacts> inNeed = facts.episodes().stream()
                .filter(e -> e.childInNeed() && !e.referralDate().isAfter(year.end())
                        && (e.closedOn() == null || !e.closedOn().isBefore(year.start())))
                .toList();
        Set<UUID> episodeReferrals = facts.episodes().stream().filter(EpisodeFacts::childInNeed)
                .map(EpisodeFacts::referralId).filter(id -> id != null).collect(Collectors.toSet());
        Map<UUID, ReferralFacts> referralsById = facts.referrals().stream()
                .collect(Collectors.toMap(ReferralFacts::id, r -> r, (a, b) -> a));
        for (EpisodeFacts episode : inNeed) {
            episodes.add(episode(episode, referralsById.get(episode.referralId()), facts, year, preProceedingsBlock));
        }
        for (ReferralFacts referral : facts.referrals()) {
            if (!year.contains(referral.receivedOn()) || !referral.decided() || episodeReferrals.contains(referral.id())) {
                continue;
            }
            if (referral.noFurtherAction() || referral.targetedEarlyHelp()) {
                // A referral that went no further, or only to targeted early help (not child-in-need work): the
                // referral alone, flagged NFA, and nothing else (DfE rules 8831, 8832, 4000).
                episodes.add(new Episode(referral.id(), referral.receivedOn(), referral.source(), null, null, null, null,
                        List.of(), List.of(), List.of(), true, List.of(), null));
            } else if (inNeed.stream().noneMatch(e -> during(referral.receivedOn(), e))) {
                // Decided for a section 17 assessment or a strategy discussion, with no episode opened from it yet: an
                // open episode of need from the referral. (One received during an open episode is part of it.)
                episodes.add(new Episode(referral.id(), referral.receivedOn(), referral.source(), null, null, null, null,
                        List.of(), List.of(), List.of(), false, List.of(), null));
            }
        }
        if (episodes.isEmpty()) {
            return Optional.empty();
        }
        episodes.sort(Comparator.comparing(Episode::referralDate));
        boolean onlyNfa = episodes.stream().allMatch(e -> Boolean.TRUE.equals(e.referralNfa()));
        return Optional.of(new CensusChild(person.id(), person.laChildId() == null ? "" : person.laChildId(),
                person.upn(), null, upnUnknown(person, onlyNfa, year), person.dateOfBirth(),
                person.expectedDateOfBirth(), person.sex(), null,
                person.ethnicity() == null || person.ethnicity().isBlank() ? ETHNICITY_NOT_OBTAINED : person.ethnicity(),
                person.disabilities(), List.copyOf(episodes)));
    }

    /**
     * UPNunknown, for a child with no UPN: UN7 when every episode is a referral with no further action, UN1 for a
     * child not yet of school age (unborn, or under five on 31 August before the reference date); otherwise none,
     * and DfE query 8770Q asks the council for the UPN or the reason, which Kith does not record.
     */
    static String upnUnknown(ChildFacts person, boolean onlyNfa, CollectionYear year) {
        if (person.upn() != null) {
            return null;
        }
        if (onlyNfa) {
            return "UN7";
        }
        LocalDate august = LocalDate.of(year.ending() - 1, 8, 31);
        if (person.dateOfBirth() == null || person.dateOfBirth().plusYears(5).isAfter(august)) {
            return "UN1";
        }
        return null;
    }

    private static boolean during(LocalDate day, EpisodeFacts episode) {
        return !day.isBefore(episode.referralDate()) && (episode.closedOn() == null || !day.isAfter(episode.closedOn()));
    }

    private static Episode episode(EpisodeFacts episode, ReferralFacts referral, Facts facts, CollectionYear year,
            boolean preProceedingsBlock) {
        boolean closed = episode.closedOn() != null && !episode.closedOn().isAfter(year.end());
        LocalDate closedOn = closed ? episode.closedOn() : null;
        List<Assessment> assessments = episode.assessments().stream()
                .filter(a -> !a.startedOn().isAfter(year.end())
                        && (a.completedOn() == null || !a.completedOn().isBefore(year.start())))
                .map(a -> assessment(a, year)).toList();
        List<PlanFacts> protectionPlans = facts.protection().plans().stream()
                .filter(p -> episode.id().equals(p.episodeId()) && !p.startedOn().isAfter(year.end())
                        && (p.endedOn() == null || !p.endedOn().isBefore(year.start())))
                .toList();
        List<Section47> enquiries = facts.protection().enquiries().stream()
                .filter(e -> episode.id().equals(e.episodeId()) && !e.startedOn().isAfter(year.end())
                        && (e.completedOn() == null || !e.completedOn().isBefore(year.start())
                                || year.contains(e.conferenceHeldOn())))
                .map(e -> section47(e, year)).toList();
        List<ProtectionPlan> plans = protectionPlans.stream().map(p -> plan(p, year)).toList();
        List<CinPlan> cinPlans = episode.childInNeedPlans().stream()
                .flatMap(p -> outsideProtection(p.id(), p.startedOn(), p.endedOn(), facts.protection().plans()).stream())
                .filter(p -> !p.startDate().isAfter(year.end())
                        && (p.endDate() == null || !p.endDate().isBefore(year.start())))
                .map(p -> new CinPlan(p.sourceId(), p.startDate(),
                        p.endDate() == null || p.endDate().isAfter(year.end()) ? null : p.endDate()))
                .toList();
        PreProceedings block = preProceedingsBlock ? preProceedings(episode, facts.preProceedings(), year) : null;
        return new Episode(episode.id(), episode.referralDate(), referral == null ? SOURCE_UNKNOWN : referral.source(),
                episode.primaryNeed(), closedOn, closed ? episode.closureReason() : null, null, assessments, cinPlans,
                enquiries, false, plans, block);
    }

    /**
     * AssessmentActualStartDate is the start; AssessmentAuthorisationDate is the day the assessment was completed
     * (when Kith's 45-working-day clock stops), with its factors, if by the year's end; otherwise it is returned open.
     */
    private static Assessment assessment(AssessmentFacts a, CollectionYear year) {
        boolean done = a.completedOn() != null && !a.completedOn().isAfter(year.end());
        return new Assessment(a.id(), a.startedOn(), null, done ? a.completedOn() : null, done ? a.factors() : List.of());
    }

    private static Section47 section47(EnquiryFacts e, CollectionYear year) {
        LocalDate held = e.conferenceHeldOn() != null && !e.conferenceHeldOn().isAfter(year.end())
                ? e.conferenceHeldOn() : null;
        boolean notRequired = e.noConference() && e.completedOn() != null && !e.completedOn().isAfter(year.end());
        return new Section47(e.id(), e.startedOn(), e.conferenceDueOn(), held, notRequired);
    }

    private static ProtectionPlan plan(PlanFacts p, CollectionYear year) {
        LocalDate end = p.endedOn() != null && !p.endedOn().isAfter(year.end()) ? p.endedOn() : null;
        return new ProtectionPlan(p.id(), p.startedOn(), end, p.initialCategory(), p.latestCategory(), p.previousPlans(),
                p.reviewsHeld().stream().filter(year::contains).toList());
    }

    /**
     * A child in need plan's time outside the child's protection plans: Kith's family plan carries on through child
     * protection (the family's one plan), but the census counts it as a CIN plan only while no protection plan runs
     * (DfE rules 4001 and 4003). The plan ends the day before a protection plan starts and begins again the day
     * after one ends.
     */
    static List<CinPlan> outsideProtection(UUID planId, LocalDate start, LocalDate end, List<PlanFacts> protection) {
        List<CinPlan> pieces = new ArrayList<>();
        LocalDate from = start;
        for (PlanFacts p : protection.stream().sorted(Comparator.comparing(PlanFacts::startedOn)).toList()) {
            if (from == null) {
                break;
            }
            boolean overlaps = (end == null || !p.startedOn().isAfter(end))
                    && (p.endedOn() == null || !p.endedOn().isBefore(from));
            if (!overlaps) {
                continue;
            }
            if (p.startedOn().isAfter(from)) {
                pieces.add(new CinPlan(planId, from, p.startedOn().minusDays(1)));
            }
            from = p.endedOn() == null ? null : p.endedOn().plusDays(1);
            if (from != null && end != null && from.isAfter(end)) {
                from = null;
            }
        }
        if (from != null) {
            pieces.add(new CinPlan(planId, from, end));
        }
        return pieces;
    }

    /**
     * The episode's PreProceedingsandFGDM block: the child's pre-proceedings that started during the episode and by
     * the year's end (the latest, if more than one), with dates after the year's end left out.
     */
    private static PreProceedings preProceedings(EpisodeFacts episode, List<CinPreProceedings> all, CollectionYear year) {
        return all.stream()
                .filter(pp -> !pp.ppStartDate().isBefore(episode.referralDate()) && !pp.ppStartDate().isAfter(year.end())
                        && (episode.closedOn() == null || !pp.ppStartDate().isAfter(episode.closedOn())))
                .max(Comparator.comparing(CinPreProceedings::ppStartDate))
                .map(pp -> new PreProceedings(null, pp.ppStartDate(), by(pp.lbpSentDate(), year), pp.fgdmMeetingOffer(),
                        pp.fgdmMeetingFac(), by(pp.initialPpMeetingDate(), year), pp.reviewMeetingsCount(),
                        by(pp.stepDecisionDate(), year), pp.stepDecisionDate() != null
                                && !pp.stepDecisionDate().isAfter(year.end()) ? pp.ppOutcome() : null,
                        by(pp.courtAppDate(), year), by(pp.letterInitCpDate(), year)))
                .orElse(null);
    }

    private static LocalDate by(LocalDate date, CollectionYear year) {
        return date == null || date.isAfter(year.end()) ? null : date;
    }
}
