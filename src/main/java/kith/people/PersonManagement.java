package kith.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and opens people's records. Each method asks the access policy first, checks the rules,
 * lets the aggregate change itself, saves, and writes the audit entry in the same transaction.
 */
@Service
public class PersonManagement {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final PersonRepository people;
    private final PersonRecords records;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    PersonManagement(PersonRepository people, PersonRecords records, RecordAccess access, AuditTrail audit,
            JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PersonView create(PersonDetails details) {
        access.checkMayRecordPeople();
        PersonRules.check(details, today());
        requireUnusedNhsNumber(details.nhsNumber(), null);
        LaChildId laChildId = details.kind() == PersonKind.CHILD ? nextLaChildId() : null;
        Person person = Person.create(details, laChildId, clock.instant());
        Person saved = save(person);
        audit.record(AuditRecord.allowed("PERSON_CREATED", List.of(saved.id())));
        return saved.view();
    }

    /**
     * Changes a person's record if nobody has changed it since the user loaded {@code expectedVersion};
     * otherwise throws {@link StaleRecord} and changes nothing.
     */
    @Transactional
    public PersonView update(UUID id, long expectedVersion, PersonDetails details) {
        access.checkMayOpen(id);
        Person person = load(id);
        if (!person.isAt(expectedVersion)) {
            throw new StaleRecord("Person", id);
        }
        PersonRules.check(details, today());
        requireUnusedNhsNumber(details.nhsNumber(), id);
        List<String> changed = person.apply(details, clock.instant());
        if (changed.isEmpty()) {
            return person.view();
        }
        Person saved = save(person);
        audit.record(AuditRecord.allowed("PERSON_UPDATED", List.of(id)).withFields(changed));
        return saved.view();
    }

    /** Opens a person's record: checked by the access policy and audited as a view. */
    @Transactional
    public PersonView open(UUID id) {
        return openRecord(id).person();
    }

    /** A person's record and whether it is restricted, as the record's pages show them. */
    public record OpenedRecord(PersonView person, boolean restricted) {}

    /**
     * Opens a person's record for its pages: the access check, the record with its names and addresses, and
     * the audit entry are three statements, because the child's page has a budget of five.
     */
    @Transactional
    public OpenedRecord openRecord(UUID id) {
        boolean restricted = access.checkMayOpen(id);
        PersonView view = records.read(id).orElseThrow(() -> new RecordNotFound("Person", id));
        audit.record(AuditRecord.allowed("PERSON_VIEWED", List.of(id)));
        return new OpenedRecord(view, restricted);
    }

    /** A person's name and dates for pages that manage access (administrators), audited as such. */
    @Transactional
    public PersonView openForAccessAdministration(UUID id) {
        access.checkMayAdministerAccess(id);
        PersonView view = load(id).view();
        audit.record(AuditRecord.allowed("PERSON_ACCESS_ADMINISTERED", List.of(id)));
        return view;
    }

    /**
     * The full names of those of these people whose records the current user may open, for lists of the
     * user's own work such as their work tray; the others are left out, so a list hints at nothing the user
     * cannot open. Not audited as a view: a name on one's own tray opens no record, and opening it from there
     * is audited as usual.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        Set<UUID> openable = access.openable(ids);
        if (openable.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, given_name || ' ' || family_name FROM person WHERE id = ANY(:ids)")
                .param("ids", openable.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return people.existsById(id);
    }

    private Person load(UUID id) {
        return people.findById(id).orElseThrow(() -> new RecordNotFound("Person", id));
    }

    private Person save(Person person) {
        try {
            return people.save(person);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Person", person.id());
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("nhsNumber", "A person with this NHS number is already recorded");
        }
    }

    private void requireUnusedNhsNumber(String nhsNumber, UUID except) {
        if (nhsNumber == null || nhsNumber.isBlank() || !NhsNumber.isValid(nhsNumber)) {
            return;
        }
        boolean used = jdbc.sql("SELECT count(*) FROM person WHERE nhs_number = :nhs AND id IS DISTINCT FROM CAST(:id AS uuid)")
                        .param("nhs", NhsNumber.of(nhsNumber).value())
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
        if (used) {
            throw new InvalidInput("nhsNumber", "A person with this NHS number is already recorded");
        }
    }

    private LaChildId nextLaChildId() {
        return LaChildId.fromSequence(
                jdbc.sql("SELECT nextval('la_child_id_seq')").query(Long.class).single());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
