package kith.casework;

import static kith.casework.ChronologyKind.ASSESSMENT;
import static kith.casework.ChronologyKind.CHILD_PROTECTION;
import static kith.casework.ChronologyKind.CLOSURE;
import static kith.casework.ChronologyKind.FAMILY_HELP;
import static kith.casework.ChronologyKind.FAMILY_PLAN;
import static kith.casework.ChronologyKind.LEAD_PRACTITIONER;
import static kith.casework.ChronologyKind.PLAN_REVIEW;
import static kith.casework.ChronologyKind.REFERRAL;
import static kith.casework.ChronologyKind.REFERRAL_DECISION;
import static kith.casework.ChronologyKind.VISIT;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
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
import kith.familyhelp.ReasonForClosure;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralReceived;
import kith.frontdoor.ReferralSource;

/**
 * What each event says in a child's chronology: one entry per child, a plain English title, and whether it
 * is a key statutory event. Statutory here means recorded in the DfE children in need census or bound by a
 * Working Together 2023 timescale: the referral and its decision, the assessment's completion, a child in
 * need plan, the step up to child protection and the closure. Child protection's own steps are {@link
 * ProtectionEntries}.
 */
final class Entries {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Entries() {}

    static List<NewEntry> of(ReferralReceived e) {
        String source = ReferralSource.fromCode(e.referralSource()).map(ReferralSource::label).orElse(e.referralSource());
        return List.of(new NewEntry(e.childId(), e.receivedOn(), REFERRAL,
                e.reReferral() ? "Referral received (re-referral)" : "Referral received",
                "Source: " + source + (e.reReferral() ? ". Within 12 months of the last referral." : ""),
                null, referralLink(e.referralId()), true, key("ReferralReceived", e.referralId(), e.childId())));
    }

    /** {@code deciderName} is the decider's name when known; the event carries only their username. */
    static List<NewEntry> of(ReferralDecided e, String deciderName) {
        return List.of(new NewEntry(e.childId(), e.decidedOn(), REFERRAL_DECISION, "Decision: " + e.decision().label(),
                e.late() ? "Decided after the one working day allowed (Working Together 2023)." : null,
                deciderName, referralLink(e.referralId()), true, key("ReferralDecided", e.referralId(), e.childId())));
    }

    static List<NewEntry> of(EpisodeOpened e) {
        return perChild(e.childIds(), child -> new NewEntry(child, e.openedOn(), FAMILY_HELP, "Family Help opened",
                sentence(e.kind()), e.openedByName(), episodeLink(e.episodeId()), false,
                key("EpisodeOpened", e.episodeId(), child)));
    }

    static List<NewEntry> of(LeadPractitionerAllocated e) {
        String who = e.practitionerName() + (e.agencyName() == null ? "" : ", " + e.agencyName());
        return perChild(e.childIds(), child -> new NewEntry(child, e.allocatedOn(), LEAD_PRACTITIONER,
                "Lead practitioner: " + who, null, e.allocatedByName(), episodeLink(e.episodeId()), false,
                key("LeadPractitionerAllocated", e.episodeId(), e.practitionerId() + ":" + e.allocatedOn(), child)));
    }

    static List<NewEntry> of(AssessmentStarted e) {
        return List.of(new NewEntry(e.childId(), e.startedOn(), ASSESSMENT, "Assessment started",
                e.dueOn() == null ? null : "Due by " + DATE.format(e.dueOn()) + ".", null, episodeLink(e.episodeId()),
                false, key("AssessmentStarted", e.assessmentId(), e.childId())));
    }

    // Working Together 2023: an assessment is completed within 45 working days of the referral.
    static List<NewEntry> of(AssessmentCompleted e) {
        return List.of(new NewEntry(e.childId(), e.completedOn(), ASSESSMENT,
                e.late() ? "Assessment completed (late)" : "Assessment completed",
                factors(e.factors()), e.byName(), episodeLink(e.episodeId()), true,
                key("AssessmentCompleted", e.assessmentId(), e.childId())));
    }

    static List<NewEntry> of(AssessmentAuthorised e) {
        return List.of(new NewEntry(e.childId(), e.authorisedOn(), ASSESSMENT, "Assessment authorised by " + e.byName(),
                null, e.byName(), episodeLink(e.episodeId()), false,
                key("AssessmentAuthorised", e.assessmentId(), e.childId())));
    }

    static List<NewEntry> of(FamilyPlanAgreed e) {
        String title = "Family plan agreed with the family (" + e.goals() + (e.goals() == 1 ? " goal)" : " goals)");
        String detail = (e.childInNeedPlan() ? "A child in need plan (section 17). " : "")
                + (e.nextReviewOn() == null ? "" : "First review due by " + DATE.format(e.nextReviewOn()) + ".");
        return perChild(e.childIds(), child -> new NewEntry(child, e.startedOn(), FAMILY_PLAN, title, blankToNull(detail),
                e.byName(), episodeLink(e.episodeId()), e.childInNeedPlan(), key("FamilyPlanAgreed", e.planId(), child)));
    }

    static List<NewEntry> of(FamilyPlanReviewed e) {
        String detail = e.nextReviewOn() == null ? null : "Next review due by " + DATE.format(e.nextReviewOn()) + ".";
        return perChild(e.childIds(), child -> new NewEntry(child, e.reviewedOn(), PLAN_REVIEW, "Plan reviewed", detail,
                e.byName(), episodeLink(e.episodeId()), false,
                key("FamilyPlanReviewed", e.planId(), e.reviewedOn(), child)));
    }

    static List<NewEntry> of(VisitRecorded e) {
        String title = e.childSeenAlone() ? "Visit: child seen alone" : "Visit: child not seen alone";
        return perChild(e.childIds(), child -> new NewEntry(child, e.visitedOn(), VISIT, title, null, e.byName(),
                visitLink(e.visitId()), false, key("VisitRecorded", e.visitId(), child)));
    }

    static List<NewEntry> of(SteppedUpToChildProtection e) {
        return perChild(e.childIds(), child -> new NewEntry(child, e.decidedOn(), CHILD_PROTECTION,
                "Stepped up to child protection", e.reason(), e.decidedByName(), episodeLink(e.episodeId()), true,
                key("SteppedUpToChildProtection", e.episodeId(), child)));
    }

    static List<NewEntry> of(EpisodeClosed e) {
        String title = "Family Help closed: " + closureReason(e.reasonCode());
        return perChild(e.childIds(), child -> new NewEntry(child, e.closedOn(), CLOSURE, title, null, e.byName(),
                episodeLink(e.episodeId()), true, key("EpisodeClosed", e.episodeId(), child)));
    }

    /** The code and its meaning ("RC8 Case closed after assessment, no further action"), or the code as sent. */
    private static String closureReason(String code) {
        return Arrays.stream(ReasonForClosure.values())
                .filter(reason -> reason.name().equals(code))
                .findFirst()
                .map(reason -> reason.name() + " " + reason.label())
                .orElse(code);
    }

    static String episodeLink(UUID episodeId) {
        return "/family-help/" + episodeId;
    }

    /** The visit's own page, where what was said and seen is read back (the episode lists every visit). */
    static String visitLink(UUID visitId) {
        return "/family-help/visits/" + visitId;
    }

    private static String referralLink(UUID referralId) {
        return "/front-door/referrals/" + referralId;
    }

    /** The DfE codes of the factors identified at assessment ("Factors identified: 3A, 4A."). */
    private static String factors(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : "Factors identified: " + String.join(", ", codes) + ".";
    }

    static List<NewEntry> perChild(List<UUID> childIds, Function<UUID, NewEntry> entry) {
        return childIds.stream().distinct().map(entry).toList();
    }

    /** The redelivery key: the event's name, what it is about and the child ("EpisodeOpened:{episode}:{child}"). */
    static String key(String event, Object... parts) {
        StringBuilder key = new StringBuilder(event);
        for (Object part : parts) {
            key.append(':').append(part);
        }
        return key.toString();
    }

    /** "TARGETED_EARLY_HELP" as "Targeted early help". */
    private static String sentence(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
