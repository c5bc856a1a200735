package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.people.Identity;
import kith.people.RelationshipType;

/** A Family Help episode as pages, the API and other modules see it. */
public record EpisodeView(
        UUID id,
        long version,
        EpisodeKind kind,
        UUID referralId,
        LocalDate referralDate,
        LocalDate openedOn,
        String openedByName,
        List<Person> people,
        UUID leadPractitionerId,
        String leadPractitionerName,
        String leadAgencyName,
        boolean leadAgreed,
        LocalDate leadAllocatedOn,
        UUID supervisorId,
        String supervisorName,
        List<TeamMember> team,
        LocalDate steppedUpOn,
        String stepUpReason,
        String steppedUpByName,
        LocalDate closedOn,
        ReasonForClosure closureReason,
        String closingSummary,
        String closedByName) {

    /**
     * A child the episode is about, or one of their family, as the current user may be shown them: {@code id} is
     * null and {@code name} "Restricted record" for a restricted record they are not named on; link only when
     * {@code openable}. {@code relationship} is what a family member is to the child (null for the children).
     */
    public record Person(UUID id, String name, boolean child, boolean openable, String relationship) {

        /** What they are to the child, in words ("Parent"), or "Child" for a child the episode is about. */
        public String role() {
            if (child) {
                return "Child";
            }
            return relationship == null ? "Family" : RelationshipType.valueOf(relationship).label();
        }
    }

    /** This view with its people as {@code identities} (from people's Identities) show them. */
    EpisodeView withPeople(Map<UUID, Identity> identities) {
        List<Person> shown = people.stream()
                .map(p -> {
                    Identity identity = identities.get(p.id());
                    return identity == null ? p
                            : new Person(identity.id(), identity.name(), p.child(), identity.openable(), p.relationship());
                })
                .toList();
        return new EpisodeView(id, version, kind, referralId, referralDate, openedOn, openedByName, shown,
                leadPractitionerId, leadPractitionerName, leadAgencyName, leadAgreed, leadAllocatedOn, supervisorId,
                supervisorName, team, steppedUpOn, stepUpReason, steppedUpByName, closedOn, closureReason,
                closingSummary, closedByName);
    }

    /** A practitioner in the team around the family. */
    public record TeamMember(UUID practitionerId, String name, String agencyName, String role, LocalDate addedOn) {}

    public boolean open() {
        return closedOn == null;
    }

    public List<Person> children() {
        return people.stream().filter(Person::child).toList();
    }

    /** The children's family on the episode, as the manager confirmed it. */
    public List<Person> family() {
        return people.stream().filter(person -> !person.child()).toList();
    }

    public String childNames() {
        return String.join(", ", children().stream().map(Person::name).toList());
    }
}
