package kith.networks;

import java.time.LocalDate;
import java.util.UUID;

/** The past-tense events of kinship care, for the chronology. */
public final class KinshipEvents {

    private KinshipEvents() {}

    public record KinshipOptionConsidered(UUID optionId, UUID childId, LocalDate consideredOn, String who,
            boolean takenUp, String byName) {}

    public record PlacedOutsideTheNetwork(UUID placementId, UUID childId, LocalDate placedOn, String byName) {}

    public record KinshipArrangementStarted(UUID arrangementId, UUID childId, LocalDate startedOn, String type,
            String carerName, boolean allowanceEligible, String byName) {}
}
