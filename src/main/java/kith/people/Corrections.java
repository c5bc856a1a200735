package kith.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import kith.shared.web.Choice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to a person's details. Partners read a person's details and network but change identity,
 * addresses, flags and relationships only through the council: they propose a correction here, and a council
 * caseworker who may change the record accepts it (having made the change) or rejects it, with a note. All
 * audited.
 */
@Service
public class Corrections {

    static final int LONGEST_TEXT = 2000;

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final PersonRepository people;
    private final Clock clock;

    Corrections(JdbcClient jdbc, RecordAccess access, AuditTrail audit, PersonRepository people, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** Proposes a correction to the details of a person the current user may open. */
    @Transactional
    public Correction propose(UUID personId, String about, String proposedValue, String why) {
        access.checkMayOpen(personId);
        requireExists(personId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        CorrectionSubject subject = null;
        try {
            subject = Choice.of(CorrectionSubject.class, "about", about);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (subject == null && problems.isEmpty()) {
            problems.add(new InvalidInput.Problem("about", "Select which detail is wrong"));
        }
        text(problems, "proposedValue", proposedValue, "Enter what the detail should be");
        text(problems, "why", why, "Enter how you know");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Actor me = Actors.currentOrSystem();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO person_correction (id, version, person_id, about, proposed_value, why, proposed_by,
                          proposed_by_name, proposed_by_agency, proposed_at, status)
                        VALUES (:id, 0, :person, :about, :value, :why, :by, :name, :agency, :at, 'PROPOSED')""")
                .param("id", id)
                .param("person", personId)
                .param("about", subject.name())
                .param("value", proposedValue.trim())
                .param("why", why.trim())
                .param("by", me.username())
                .param("name", me.displayName())
                .param("agency", me.agencyName() == null ? "" : me.agencyName())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.allowed("CORRECTION_PROPOSED", List.of(personId, id)).withFields(List.of(subject.name())));
        return load(personId, id);
    }

    /**
     * The corrections proposed to a person's details, newest first: every one for the council, a partner's own
     * for a partner. Audited as a view of the record.
     */
    @Transactional
    public List<Correction> of(UUID personId) {
        access.checkMayOpen(personId);
        requireExists(personId);
        List<Correction> found = jdbc.sql("""
                        SELECT * FROM person_correction WHERE person_id = :person
                          AND (NOT :partner OR proposed_by = :me)
                        ORDER BY status <> 'PROPOSED', proposed_at DESC""")
                .param("person", personId)
                .param("partner", access.isPartner())
                .param("me", Actors.currentOrSystem().username())
                .query(Corrections::correction)
                .list();
        audit.record(AuditRecord.allowed("CORRECTIONS_VIEWED", List.of(personId)));
        return found;
    }

    /**
     * The council accepts (having made the change) or rejects a proposed correction, if nobody has decided it
     * since {@code expectedVersion}. A rejection says why, so that the proposer learns it.
     */
    @Transactional
    public Correction decide(UUID personId, UUID correctionId, long expectedVersion, boolean accept, String note) {
        access.checkMayChangePerson(personId);
        requireExists(personId);
        Correction correction = load(personId, correctionId);
        if (correction.version() != expectedVersion) {
            throw new StaleRecord("Correction", correctionId);
        }
        if (!correction.waiting()) {
            throw new InvalidInput("decision", "This correction has already been " + correction.status().label().toLowerCase());
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidInput("note", "Enter why the correction is not accepted");
        }
        if (note != null && note.length() > LONGEST_TEXT) {
            throw new InvalidInput("note", "Enter a note of " + LONGEST_TEXT + " characters or fewer");
        }
        Actor me = Actors.currentOrSystem();
        int updated = jdbc.sql("""
                        UPDATE person_correction SET status = :status, decided_by = :by, decided_by_name = :name,
                          decided_at = :at, decision_note = :note, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'PROPOSED'""")
                .param("status", accept ? "ACCEPTED" : "REJECTED")
                .param("by", me.username())
                .param("name", me.displayName())
                .param("at", Timestamp.from(clock.instant()))
                .param("note", note == null || note.isBlank() ? null : note.trim())
                .param("id", correctionId)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleRecord("Correction", correctionId);
        }
        audit.record(AuditRecord.allowed(accept ? "CORRECTION_ACCEPTED" : "CORRECTION_REJECTED",
                List.of(personId, correctionId)).withFields(List.of(correction.about().name())));
        return load(personId, correctionId);
    }

    private Correction load(UUID personId, UUID id) {
        return jdbc.sql("SELECT * FROM person_correction WHERE id = :id AND person_id = :person")
                .param("id", id)
                .param("person", personId)
                .query(Corrections::correction)
                .optional()
                .orElseThrow(() -> new RecordNotFound("Correction", id));
    }

    /** After the access check, so that a 404 tells nobody who may not open the record whether it exists. */
    private void requireExists(UUID personId) {
        if (!people.existsById(personId)) {
            throw new RecordNotFound("Person", personId);
        }
    }

    private static void text(List<InvalidInput.Problem> problems, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInput.Problem(field, missing));
        } else if (value.length() > LONGEST_TEXT) {
            problems.add(new InvalidInput.Problem(field, "Enter " + LONGEST_TEXT + " characters or fewer"));
        }
    }

    private static Correction correction(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Correction(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getObject("person_id", UUID.class),
                CorrectionSubject.valueOf(rs.getString("about")),
                rs.getString("proposed_value"),
                rs.getString("why"),
                rs.getString("proposed_by"),
                rs.getString("proposed_by_name"),
                rs.getString("proposed_by_agency"),
                rs.getTimestamp("proposed_at").toInstant(),
                Correction.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by_name"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"));
    }
}
