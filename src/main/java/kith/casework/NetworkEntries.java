package kith.casework;

import static kith.casework.ChronologyKind.FAMILY_NETWORK;
import static kith.casework.Entries.key;

import java.util.UUID;
import kith.networks.NetworkEvents.NetworkMemberAdded;
import kith.networks.NetworkEvents.NetworkMemberChanged;
import kith.networks.NetworkEvents.NetworkMemberRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the child's chronology from their family network's events: who joined or left the network by relationship
 * ("Grandparent added to the family network"), never by name, so that an entry cannot show a restricted record's name
 * to someone not named on it; the network map says who. Not statutory: no census return or timescale turns on it.
 */
@Component
class NetworkEntries {

    private final ChronologyEntries entries;

    NetworkEntries(ChronologyEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(NetworkMemberAdded e) {
        entries.add(new NewEntry(e.childId(), e.addedOn(), FAMILY_NETWORK,
                e.relationship() + " added to the family network",
                e.newPerson() ? "Recorded in Kith as a new person." : null, e.byName(), link(e.childId()), false,
                key("NetworkMemberAdded", e.personId(), e.at(), e.childId())));
    }

    @ApplicationModuleListener
    void on(NetworkMemberChanged e) {
        entries.add(new NewEntry(e.childId(), e.changedOn(), FAMILY_NETWORK,
                "Family network: details of the " + e.relationship().toLowerCase(java.util.Locale.UK) + " changed",
                null, e.byName(), link(e.childId()), false,
                key("NetworkMemberChanged", e.personId(), e.version(), e.at(), e.childId())));
    }

    @ApplicationModuleListener
    void on(NetworkMemberRemoved e) {
        entries.add(new NewEntry(e.childId(), e.removedOn(), FAMILY_NETWORK,
                e.relationship() + " removed from the family network", null, e.byName(), link(e.childId()), false,
                key("NetworkMemberRemoved", e.personId(), e.at(), e.childId())));
    }

    private static String link(UUID childId) {
        return "/people/" + childId + "/network";
    }
}
