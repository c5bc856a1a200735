package kith.networks;

import java.time.LocalDate;
import java.util.UUID;

/** The past-tense events of pre-proceedings; the chronology and the work trays listen. */
public final class PreProceedingsEvents {

    private PreProceedingsEvents() {}

    public record PreProceedingsStarted(UUID preProceedingsId, UUID childId, LocalDate startedOn, String byName) {}

    public record LegalPlanningMeetingHeld(UUID preProceedingsId, UUID childId, LocalDate heldOn, String decision,
            String byName) {}

    /** {@code includes}: FGDM_OFFER, EXEMPTION or NEITHER (recorded with a warning before s31ZA commences). */
    public record LetterBeforeProceedingsSent(UUID preProceedingsId, UUID childId, LocalDate sentOn, String includes,
            String byName) {}

    /** A meeting; the next review is due by {@code nextReviewOn} (null: none), the work of {@code practitionerId}. */
    public record PreProceedingsMeetingHeld(UUID preProceedingsId, UUID childId, LocalDate heldOn, boolean initial,
            LocalDate nextReviewOn, UUID practitionerId, String byName) {}

    public record PreProceedingsStepDecided(UUID preProceedingsId, UUID childId, LocalDate decidedOn, String outcome,
            String outcomeLabel, boolean ended, String byName) {}

    /** {@code urgent}: applied before an accepted FGDM was held, with a manager's reason. */
    public record CourtApplicationMade(UUID preProceedingsId, UUID childId, LocalDate appliedOn, boolean urgent,
            String byName) {}
}
