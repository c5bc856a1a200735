package kith.people.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.people.Address;
import kith.people.Disability;
import kith.people.PersonName;
import kith.people.PersonView;

/** A person as the API shows it (dates ISO 8601, codes as DfE codes). */
record PersonJson(
        UUID id,
        long version,
        String kind,
        boolean unborn,
        String givenName,
        String familyName,
        String preferredName,
        List<PersonName> aliases,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        String sex,
        String ethnicity,
        List<String> disabilities,
        List<String> languages,
        List<Address> addresses,
        String nhsNumber,
        String nhsNumberSource,
        boolean nhsNumberVerified,
        String upn,
        String laChildId) {

    static PersonJson of(PersonView p) {
        return new PersonJson(
                p.id(), p.version(), p.kind().name(), p.unborn(), p.givenName(), p.familyName(), p.preferredName(),
                p.aliases(), p.dateOfBirth(), p.expectedDateOfBirth(), p.sex().code(),
                p.ethnicity() == null ? null : p.ethnicity().code(),
                p.disabilities().stream().map(Disability::code).toList(), p.languages(), p.addresses(),
                p.nhsNumber() == null ? null : p.nhsNumber().value(), p.nhsNumberSource(), p.nhsNumberVerified(),
                p.upn() == null ? null : p.upn().value(), p.laChildId() == null ? null : p.laChildId().value());
    }
}
