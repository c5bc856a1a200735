package kith.familyhelp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may own an action of a family's plan, by id: the children and their family on the episode, and the
 * practitioners working with them (lead practitioner, supervisor, team around the family). Anyone else is written
 * in by name.
 */
final class ActionOwners {

    /** An owner: their name when chosen, and which kind of owner they are. */
    record Owner(String name, ActionOwner kind) {}

    private final Map<UUID, Owner> owners;

    private ActionOwners(Map<UUID, Owner> owners) {
        this.owners = Map.copyOf(owners);
    }

    static ActionOwners of(EpisodeView episode) {
        Map<UUID, Owner> owners = new LinkedHashMap<>();
        for (EpisodeView.Person person : episode.people()) {
            if (person.id() != null) {
                owners.put(person.id(), new Owner(person.name(), kindOf(person)));
            }
        }
        if (episode.leadPractitionerId() != null) {
            owners.put(episode.leadPractitionerId(), new Owner(episode.leadPractitionerName(), ActionOwner.PRACTITIONER));
        }
        owners.putIfAbsent(episode.supervisorId(), new Owner(episode.supervisorName(), ActionOwner.PRACTITIONER));
        episode.team().forEach(member -> owners.putIfAbsent(member.practitionerId(),
                new Owner(member.name(), ActionOwner.PRACTITIONER)));
        return new ActionOwners(owners);
    }

    Optional<Owner> owner(UUID id) {
        return Optional.ofNullable(id == null ? null : owners.get(id));
    }

    private static ActionOwner kindOf(EpisodeView.Person person) {
        if (person.child()) {
            return ActionOwner.CHILD;
        }
        return "PARENT".equals(person.relationship()) || "STEP_PARENT".equals(person.relationship())
                ? ActionOwner.PARENT : ActionOwner.NETWORK_MEMBER;
    }
}
