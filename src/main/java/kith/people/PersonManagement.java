package kith.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.Today;
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

    private final PersonRepository people;
    private final PersonRecords records;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Identities identities;
    private final JdbcClient jdbc;
    private final Today today;

    PersonManagement(PersonRepository people, PersonRecords records, RecordAccess access, AuditTrail audit,
            Identities identities, JdbcClient jdbc, Today today) {
        this.people = people;
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.identities = identities;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Transactional
    public PersonView create(PersonDetails details) {
        access.checkMayRecordPeople();
        PersonRules.check(details, today());
        requireUnusedNhsNumber(details.nhsNumber(), null);
        LaChildId laChildId = details.kind() == PersonKind.CHILD ? nextLaChildId() : null;
        Person person = Person.create(details, laChildId, today.now());
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
        access.checkMayChangePerson(id);
        Person person = load(id);
        if (!person.isAt(expectedVersion)) {
            throw new StaleRecord("Person", id);
        }
        PersonRules.check(details, today());
        requireUnusedNhsNumber(details.nhsNumber(), id);
        List<String> changed = person.apply(details, today.now());
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

    /** A person's record to change (the council's: partners propose corrections), audited as a view. */
    @Transactional
    public PersonView openToChange(UUID id) {
        access.checkMayChangePerson(id);
        return open(id);
    }

    /**
     * A person's record as its pages show it: whether it is restricted, and how many proposed corrections are
     * waiting for the council. Only {@link #openRecord} makes one (its constructor is this module's), so holding one
     * proves that the access policy let the current user open the record and the view was audited: what else the
     * record's pages read (its chronology, its Family Help) asks for one instead of checking again.
     */
    public static final class OpenedRecord {
        private final PersonView person;
        private final boolean restricted;
        private final int proposedCorrections;

        OpenedRecord(PersonView person, boolean restricted, int proposedCorrections) {
            this.person = person;
            this.restricted = restricted;
            this.proposedCorrections = proposedCorrections;
        }

        public PersonView person() {
            return person;
        }

        public UUID id() {
            return person.id();
        }

        public boolean restricted() {
            return restricted;
        }

        public int proposedCorrections() {
            return proposedCorrections;
        }
    }

    /**
     * Opens a person's record for its pages: the access check, the record with its names and addresses, and
     * the audit entry are three statements, because the child's page has a budget of five.
     */
    @Transactional
    public OpenedRecord openRecord(UUID id) {
        boolean restricted = access.checkMayOpen(id);
        PersonRecords.Read read = records.read(id).orElseThrow(() -> new RecordNotFound("Person", id));
        audit.record(AuditRecord.allowed("PERSON_VIEWED", List.of(id)));
        return new OpenedRecord(read.person(), restricted, read.proposedCorrections());
    }

    /**
     * Who a person is, for the administrator's page that manages access to the record: the identity is withheld
     * ("Restricted record") unless the administrator is named on it, like everyone else's. Audited as such.
     */
    @Transactional
    public Identity openForAccessAdministration(UUID id) {
        access.checkMayAdministerAccess(id);
        if (!people.existsById(id)) {
            throw new RecordNotFound("Person", id);
        }
        return identities.show(List.of(id), AuditRecord.allowed("PERSON_ACCESS_ADMINISTERED", List.of(id))).get(id);
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
        return today.date();
    }
}
