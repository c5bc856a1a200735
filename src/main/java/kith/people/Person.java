package kith.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's record: the aggregate that owns names, dates, codes, identifiers and addresses. Its methods
 * apply already-checked details and say which fields changed, for the audit trail.
 */
@Table("person")
class Person {

    @Id
    private final UUID id;

    @Version
    private Long version;

    private PersonKind kind;
    private String givenName;
    private String familyName;
    private String preferredName;
    private LocalDate dateOfBirth;
    private LocalDate expectedDateOfBirth;
    private String sex;
    private String ethnicity;
    private List<String> disabilities;
    private List<String> languages;
    private String nhsNumber;
    private String nhsNumberSource;
    private boolean nhsNumberVerified;
    private String upn;
    private final String laChildId;
    private final Instant createdAt;
    private Instant updatedAt;

    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<Alias> aliases;

    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<StoredAddress> addresses;

    @PersistenceCreator
    Person(UUID id, Long version, String laChildId, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.laChildId = laChildId;
        this.createdAt = createdAt;
    }

    static Person create(PersonDetails details, LaChildId laChildId, Instant now) {
        Person person = new Person(UUID.randomUUID(), null, laChildId == null ? null : laChildId.value(), now);
        person.apply(details, now);
        return person;
    }

    /** Applies checked details and returns the names of the fields that changed. */
    List<String> apply(PersonDetails details, Instant now) {
        List<String> changed = new ArrayList<>();
        kind = track(changed, "kind", kind, details.kind());
        givenName = track(changed, "givenName", givenName, details.givenName().trim());
        familyName = track(changed, "familyName", familyName, details.familyName().trim());
        preferredName = track(changed, "preferredName", preferredName, trimToNull(details.preferredName()));
        dateOfBirth = track(changed, "dateOfBirth", dateOfBirth, details.dateOfBirth());
        expectedDateOfBirth = track(changed, "expectedDateOfBirth", expectedDateOfBirth, details.expectedDateOfBirth());
        String newSex = details.unborn() || details.sex() == null || details.sex().isBlank()
                ? "U"
                : details.sex().toUpperCase();
        sex = track(changed, "sex", sex, newSex);
        ethnicity = track(changed, "ethnicity", ethnicity, upperOrNull(details.ethnicity()));
        disabilities = track(changed, "disabilities", disabilities,
                details.disabilities().stream().map(String::toUpperCase).distinct().toList());
        languages = track(changed, "languages", languages,
                details.languages().stream().map(String::trim).filter(l -> !l.isEmpty()).toList());
        String newNhs = details.nhsNumber() == null || details.nhsNumber().isBlank()
                ? null
                : NhsNumber.of(details.nhsNumber()).value();
        if (!Objects.equals(nhsNumber, newNhs)) {
            nhsNumberVerified = false;
        }
        nhsNumber = track(changed, "nhsNumber", nhsNumber, newNhs);
        nhsNumberSource = track(changed, "nhsNumberSource", nhsNumberSource, trimToNull(details.nhsNumberSource()));
        String newUpn = details.upn() == null || details.upn().isBlank() ? null : Upn.of(details.upn()).value();
        upn = track(changed, "upn", upn, newUpn);
        aliases = track(changed, "aliases", aliases, details.aliases().stream()
                .filter(a -> a.familyName() != null && !a.familyName().isBlank())
                .map(a -> new Alias(Objects.toString(a.givenName(), "").trim(), a.familyName().trim()))
                .toList());
        addresses = track(changed, "addresses", addresses, details.addresses().stream()
                .map(a -> new StoredAddress(a.line1().trim(), trimToNull(a.line2()), trimToNull(a.town()),
                        a.postcode() == null || a.postcode().isBlank() ? null : new Postcode(a.postcode()).value(),
                        a.movedIn(), a.movedOut(), a.confidential()))
                .toList());
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    PersonView view() {
        return new PersonView(
                id, version == null ? 0 : version, kind, givenName, familyName, preferredName,
                aliases == null ? List.of() : aliases.stream().map(a -> new PersonName(a.givenName(), a.familyName())).toList(),
                dateOfBirth, expectedDateOfBirth,
                Sex.fromCode(sex).orElse(Sex.U),
                ethnicity == null ? null : Ethnicity.fromCode(ethnicity).orElse(null),
                disabilities == null ? List.of() : disabilities.stream().map(d -> Disability.fromCode(d).orElseThrow()).toList(),
                languages == null ? List.of() : languages,
                addresses == null ? List.of() : addresses.stream().map(StoredAddress::address).toList(),
                nhsNumber == null ? null : new NhsNumber(nhsNumber), nhsNumberSource, nhsNumberVerified,
                upn == null ? null : new Upn(upn), laChildId == null ? null : new LaChildId(laChildId),
                createdAt, updatedAt);
    }

    UUID id() {
        return id;
    }

    String nhsNumber() {
        return nhsNumber;
    }

    private static <T> T track(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
        return after;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String upperOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase();
    }

    @Table("person_alias")
    record Alias(String givenName, String familyName) {}

    @Table("person_address")
    record StoredAddress(String line1, String line2, String town, String postcode, LocalDate movedIn,
            LocalDate movedOut, boolean confidential) {
        Address address() {
            return new Address(line1, line2, town, postcode, movedIn, movedOut, confidential);
        }
    }
}
