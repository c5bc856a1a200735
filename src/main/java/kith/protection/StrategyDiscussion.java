package kith.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.frontdoor.LawfulBasis;
import kith.people.Identity;

/** A strategy discussion: what is recorded, and how it is shown. */
public final class StrategyDiscussion {

    private StrategyDiscussion() {}

    /** MEETING, or PHONE for an urgent discussion by phone, followed by a meeting within 5 working days. */
    public enum Kind {
        MEETING("Meeting (in person or online)"),
        PHONE("Urgent discussion by phone");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Someone who took part: a practitioner recorded in Kith (their name and agency come from the partnership), or
     * someone who is not, named here. {@code agencyType} is what they spoke for; for a practitioner it may be left
     * to their agency.
     */
    public record Participant(UUID practitionerId, String name, String agencyName, AgencyType agencyType, String role) {}

    /** An action agreed: what, who, and by when if agreed. */
    public record AgreedAction(String action, String owner, LocalDate dueOn) {}

    /**
     * A strategy discussion as recorded. {@code childIds} are children of the episode; {@code followsUpId} names the
     * urgent phone discussion a meeting follows; {@code lateReason} is why such a meeting was later than 5 working
     * days after it.
     */
    public record Record(UUID episodeId, List<UUID> childIds, LocalDate heldOn, Kind kind, UUID followsUpId,
            List<Participant> participants, String missingAgenciesReason, String informationShared,
            LawfulBasis lawfulBasis, Boolean section47, Boolean immediateProtection, String immediateProtectionAction,
            String reasons, List<AgreedAction> actions, String lateReason) {}

    /** A section 47 enquiry the discussion started, for its page's links. */
    public record EnquiryStarted(UUID enquiryId, UUID childId) {}

    /** A recorded discussion, its children as the current user may be shown them. */
    public record View(UUID id, long version, UUID episodeId, List<Identity> children, LocalDate heldOn, Kind kind,
            UUID followsUpId, List<Participant> participants, String missingAgenciesReason, String informationShared,
            LawfulBasis lawfulBasis, boolean section47, boolean immediateProtection, String immediateProtectionAction,
            String reasons, List<AgreedAction> actions, String recordedByName, Instant recordedAt,
            List<EnquiryStarted> enquiries, LocalDate meetingDueOn) {

        /** The agencies Working Together 2023 requires that did not take part. */
        public List<AgencyType> missingRequired() {
            return StrategyDiscussion.missingRequired(participants);
        }

        /**
         * The warnings the page shows: each required agency missing, named (with the reason given), and education
         * missing, which is relevant for most children.
         */
        public List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            List<AgencyType> missing = missingRequired();
            if (!missing.isEmpty()) {
                warnings.add(names(missing) + " did not take part. Working Together "
                        + "2023 expects the council's social worker, health and police at every strategy discussion."
                        + (missingAgenciesReason == null ? "" : " Reason given: " + missingAgenciesReason));
            }
            if (educationMissing()) {
                warnings.add("Education did not take part. Ask the child's school or nursery when it is relevant.");
            }
            return warnings;
        }

        public boolean educationMissing() {
            return participants.stream().noneMatch(p -> p.agencyType() == AgencyType.EDUCATION);
        }
    }

    static List<AgencyType> missingRequired(List<Participant> participants) {
        Set<AgencyType> present = participants.stream().map(Participant::agencyType).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyType.class)));
        return AgencyType.REQUIRED.stream().filter(type -> !present.contains(type)).toList();
    }

    /** "Health and police", for a sentence. */
    static String names(List<AgencyType> types) {
        List<String> words = types.stream().map(type -> type == AgencyType.SOCIAL_CARE ? "the council's social worker"
                : type.label().toLowerCase(Locale.UK)).toList();
        String joined = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
