package kith.casework;

import static kith.casework.ChronologyKind.KINSHIP_CARE;
import static kith.casework.Entries.key;

import kith.networks.Kinship;
import kith.networks.KinshipEvents.KinshipArrangementStarted;
import kith.networks.KinshipEvents.KinshipOptionConsidered;
import kith.networks.KinshipEvents.PlacedOutsideTheNetwork;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What kinship care says in the child's chronology: each network option considered, a placement outside the network
 * and each kinship arrangement. Each listener runs after the publishing transaction and is safe to repeat.
 */
@Component
class KinshipChronology {

    private final ChronologyEntries entries;

    KinshipChronology(ChronologyEntries entries) {
        this.entries = entries;
    }

    static String link(java.util.UUID childId) {
        return "/people/" + childId + "/kinship";
    }

    @ApplicationModuleListener
    void on(KinshipOptionConsidered e) {
        entries.add(new NewEntry(e.childId(), e.consideredOn(), KINSHIP_CARE,
                "Network option considered: " + e.who(), e.takenUp() ? "Taken up." : "Not taken up.", e.byName(),
                link(e.childId()), false, key("KinshipOptionConsidered", e.optionId(), e.childId())));
    }

    @ApplicationModuleListener
    void on(PlacedOutsideTheNetwork e) {
        entries.add(new NewEntry(e.childId(), e.placedOn(), KINSHIP_CARE, "Placed outside the family network", null,
                e.byName(), link(e.childId()), false, key("PlacedOutsideTheNetwork", e.placementId(), e.childId())));
    }

    @ApplicationModuleListener
    void on(KinshipArrangementStarted e) {
        entries.add(new NewEntry(e.childId(), e.startedOn(), KINSHIP_CARE,
                Kinship.ArrangementType.valueOf(e.type()).label() + " with " + e.carerName(),
                e.allowanceEligible() ? "Meets what the kinship allowance pilot needs." : null, e.byName(),
                link(e.childId()), false, key("KinshipArrangementStarted", e.arrangementId(), e.childId())));
    }
}
