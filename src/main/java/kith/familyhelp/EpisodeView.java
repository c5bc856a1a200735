package kith.familyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

    /** A child or adult in the episode. */
    public record Person(UUID id, String name, boolean child) {}

    /** A practitioner in the team around the family. */
    public record TeamMember(UUID practitionerId, String name, String agencyName, String role, LocalDate addedOn) {}

    public boolean open() {
        return closedOn == null;
    }

    public List<Person> children() {
        return people.stream().filter(Person::child).toList();
    }

    public String childNames() {
        return String.join(", ", children().stream().map(Person::name).toList());
    }
}
