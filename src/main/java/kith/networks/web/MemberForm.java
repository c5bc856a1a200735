package kith.networks.web;

import java.util.UUID;
import kith.networks.CanHelp;
import kith.networks.Closeness;
import kith.networks.MemberDetails;
import kith.networks.NetworkMap.Member;
import kith.networks.NewPerson;
import kith.networks.TieKind;
import kith.people.PersonKind;
import kith.people.RelationshipType;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * A network member as posted: {@code personId} is someone found by search, or "new" for someone not yet known to
 * Kith (then {@code kind}, the names and the date of birth say who); the rest is what they mean to the child.
 * {@code version} is the member as the user loaded it (changing and removing).
 */
record MemberForm(String personId, String search, String kind, String givenName, String familyName,
        String dateOfBirthDay, String dateOfBirthMonth, String dateOfBirthYear, String relationship, String closeness,
        String tie, String canHelp, String helpOffered, String contact, String childView, Long version) {

    static final String NEW = "new";
    static final FormFields FIELDS = FormFields.of("personId", "kind", "givenName", "familyName", "dateOfBirth",
            "relationship", "closeness", "tie", "canHelp", "helpOffered", "contact", "childView").dates("dateOfBirth");

    static MemberForm empty() {
        return new MemberForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    static MemberForm of(Member member) {
        var d = member.details();
        return new MemberForm(member.personId().toString(), null, null, null, null, null, null, null,
                member.relationship() == null ? null : member.relationship().name(),
                d == null ? null : d.closeness().name(), d == null ? null : d.tie().name(),
                d == null ? null : d.canHelp().name(), d == null ? null : d.helpOffered(),
                d == null ? null : d.contact(), d == null ? null : d.childView(), member.version());
    }

    boolean newPerson() {
        return personId == null || personId.isBlank() || NEW.equals(personId.trim());
    }

    UUID existing(FormInput input) {
        return newPerson() ? null : input.id("personId", personId, "Select the person to add");
    }

    NewPerson person(FormInput input) {
        PersonKind chosen = input.choice(PersonKind.class, "kind", kind, "Select whether they are an adult or a child");
        return new NewPerson(chosen, givenName, familyName,
                input.date("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear));
    }

    MemberDetails details(FormInput input) {
        return new MemberDetails(
                input.choice(RelationshipType.class, "relationship", relationship, "Select who they are to the child"),
                input.choice(Closeness.class, "closeness", closeness, "Select how close they are to the child"),
                input.choice(TieKind.class, "tie", tie, "Select the kind of tie they have with the child"),
                input.choice(CanHelp.class, "canHelp", canHelp, "Select whether they can help"),
                helpOffered, contact, childView);
    }

    /** The version of the member the user saw, or one that matches nothing when it was not sent (a conflict). */
    long versionSeen() {
        return version == null ? -1 : version;
    }
}
