package kith.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.AccessRefused;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and answers questions about the partnership's agencies, teams and practitioners, and the training
 * each practitioner has completed.
 */
@Service
public class PartnershipDirectory {

    /** A course a practitioner has completed. */
    public record Training(UUID id, String course, LocalDate completedOn) {}

    // The role code of access's administrators: partnership sits below access (access reads practitioners), so it
    // cannot name access's Role or Permission; the pages that record training are under /admin/, whose route rule
    // admits only administrators, and this is the check for any other caller.
    private static final String ADMINISTRATOR = "ADMINISTRATOR";

    private static final String PRACTITIONER_SELECT = """
            SELECT p.*, a.name AS agency_name, a.kind AS agency_kind, a.council AS agency_council,
                   t.name AS team_name, t.function AS team_function
            FROM practitioner p JOIN agency a ON a.id = p.agency_id LEFT JOIN team t ON t.id = p.team_id
            """;

    private final JdbcClient jdbc;
    private final Today today;
    private final AuditTrail audit;

    PartnershipDirectory(JdbcClient jdbc, Today today, AuditTrail audit) {
        this.jdbc = jdbc;
        this.today = today;
        this.audit = audit;
    }

    @Transactional
    public UUID registerAgency(String name, AgencyKind kind, boolean council) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO agency (id, name, kind, council) VALUES (:id, :name, :kind, :council)")
                .param("id", id)
                .param("name", name)
                .param("kind", kind.name())
                .param("council", council)
                .update();
        return id;
    }

    @Transactional
    public UUID registerTeam(UUID agencyId, String name, String function) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO team (id, agency_id, name, function) VALUES (:id, :agency, :name, :function)")
                .param("id", id)
                .param("agency", agencyId)
                .param("name", name)
                .param("function", function)
                .update();
        return id;
    }

    /** A practitioner to register; social workers must give their Social Work England number. */
    public record NewPractitioner(
            UUID agencyId,
            UUID teamId,
            String givenName,
            String familyName,
            String jobTitle,
            Discipline discipline,
            String sweRegistrationNumber,
            LocalDate dateQualified) {}

    @Transactional
    public UUID registerPractitioner(NewPractitioner practitioner) {
        String swe = practitioner.sweRegistrationNumber() == null
                ? null
                : practitioner.sweRegistrationNumber().replace(" ", "").toUpperCase();
        if (practitioner.discipline().registeredWithSocialWorkEngland() && (swe == null || swe.isEmpty())) {
            throw new InvalidInput("sweRegistrationNumber", "Enter the Social Work England registration number");
        }
        if (swe != null && !swe.isEmpty() && !swe.matches("SW\\d{1,7}")) {
            throw new InvalidInput(
                    "sweRegistrationNumber", "Social Work England registration number must be SW followed by digits");
        }
        if (practitioner.dateQualified() != null && practitioner.dateQualified().isAfter(today.date())) {
            throw new InvalidInput("dateQualified", "Date qualified must be today or in the past");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO practitioner (id, agency_id, team_id, given_name, family_name, job_title,
                          discipline, swe_registration_number, date_qualified)
                        VALUES (:id, :agency, :team, :given, :family, :title, :discipline, :swe, :qualified)""")
                .param("id", id)
                .param("agency", practitioner.agencyId())
                .param("team", practitioner.teamId())
                .param("given", practitioner.givenName())
                .param("family", practitioner.familyName())
                .param("title", practitioner.jobTitle())
                .param("discipline", practitioner.discipline().name())
                .param("swe", swe == null || swe.isEmpty() ? null : swe)
                .param("qualified", practitioner.dateQualified())
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<PractitionerView> practitioner(UUID id) {
        return jdbc.sql(PRACTITIONER_SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(PartnershipDirectory::practitioner)
                .optional();
    }

    /** These practitioners, in one statement, by name. */
    @Transactional(readOnly = true)
    public List<PractitionerView> practitioners(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PRACTITIONER_SELECT + " WHERE p.id = ANY(:ids) ORDER BY p.family_name, p.given_name")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query(PartnershipDirectory::practitioner)
                .list();
    }

    @Transactional(readOnly = true)
    public List<PractitionerView> practitionersOf(UUID agencyId) {
        return jdbc.sql(PRACTITIONER_SELECT + " WHERE p.agency_id = :agency ORDER BY p.family_name, p.given_name")
                .param("agency", agencyId)
                .query(PartnershipDirectory::practitioner)
                .list();
    }

    /** Every practitioner of every agency, by agency then name. */
    @Transactional(readOnly = true)
    public List<PractitionerView> practitioners() {
        return jdbc.sql(PRACTITIONER_SELECT + " ORDER BY a.council DESC, a.name, p.family_name, p.given_name")
                .query(PartnershipDirectory::practitioner)
                .list();
    }

    /** The practitioners, of any agency, who work with families (for choosing a lead or the team around a family). */
    @Transactional(readOnly = true)
    public List<PractitionerView> practitionersWhoWorkWithFamilies() {
        return practitioners().stream().filter(PractitionerView::worksWithFamilies).toList();
    }

    /** The practitioner and everyone in their team (only the practitioner when they have no team). */
    @Transactional(readOnly = true)
    public List<UUID> teamOf(UUID practitionerId) {
        return jdbc.sql("""
                        SELECT p.id FROM practitioner p
                        WHERE p.id = :id OR p.team_id = (SELECT team_id FROM practitioner WHERE id = :id)""")
                .param("id", practitionerId)
                .query(UUID.class)
                .list();
    }

    /** The practitioner's training, most recently completed first. */
    @Transactional(readOnly = true)
    public List<Training> trainingOf(UUID practitionerId) {
        return trainingOf(List.of(practitionerId)).get(practitionerId);
    }

    /**
     * The training of each of these practitioners, most recently completed first, in one statement (for a list or a
     * picker of many practitioners). Every practitioner asked for is in the map, with an empty list when they have
     * none recorded.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Training>> trainingOf(Collection<UUID> practitionerIds) {
        Map<UUID, List<Training>> training = new LinkedHashMap<>();
        for (UUID id : practitionerIds) {
            training.put(id, new ArrayList<>());
        }
        if (training.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        SELECT id, practitioner_id, course, completed_on FROM practitioner_training
                        WHERE practitioner_id = ANY(:ids) ORDER BY completed_on DESC, course, id""")
                .param("ids", training.keySet().toArray(UUID[]::new))
                .query(rs -> {
                    training.get(rs.getObject("practitioner_id", UUID.class)).add(new Training(
                            rs.getObject("id", UUID.class),
                            rs.getString("course"),
                            rs.getObject("completed_on", LocalDate.class)));
                });
        training.replaceAll((id, courses) -> List.copyOf(courses));
        return training;
    }

    /** Whether the current user may record practitioners' training: administrators, and Kith itself (the demo). */
    public boolean mayRecordTraining() {
        return Actors.current().map(actor -> ADMINISTRATOR.equals(actor.role())).orElse(true);
    }

    /**
     * Records a course the practitioner has completed. Audited.
     *
     * @return the training record's id
     * @throws AccessRefused (audited) unless the current user may record training
     * @throws RecordNotFound when there is no such practitioner
     * @throws InvalidInput ({@code course}) for a blank course or one over 200 characters; ({@code completedOn}) for
     *     a missing date or one in the future. Nothing is saved.
     */
    @Transactional
    public UUID recordTraining(UUID practitionerId, String course, LocalDate completedOn) {
        if (!mayRecordTraining()) {
            audit.recordRefusal(AuditRecord.refused("PRACTITIONER_TRAINING_REFUSED", List.of(practitionerId), null));
            throw new AccessRefused("Only administrators record practitioners' training");
        }
        if (practitionerId == null || !exists(practitionerId)) {
            throw new RecordNotFound("Practitioner", practitionerId);
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String named = course == null ? "" : course.trim();
        if (named.isEmpty()) {
            problems.add(new InvalidInput.Problem("course", "Enter the name of the course"));
        } else if (TextLimits.exceeds(named, TextLimits.LINE)) {
            problems.add(new InvalidInput.Problem("course",
                    "Enter a course name of " + TextLimits.shown(TextLimits.LINE) + " characters or fewer"));
        }
        if (completedOn == null) {
            problems.add(new InvalidInput.Problem("completedOn", "Enter the date the course was completed"));
        } else if (completedOn.isAfter(today.date())) {
            problems.add(new InvalidInput.Problem("completedOn",
                    "The date the course was completed must be today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO practitioner_training (id, practitioner_id, course, completed_on, recorded_by, recorded_at)
                        VALUES (:id, :practitioner, :course, :completed, :by, :at)""")
                .param("id", id)
                .param("practitioner", practitionerId)
                .param("course", named)
                .param("completed", completedOn)
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(today.now()))
                .update();
        audit.record(AuditRecord.allowed("PRACTITIONER_TRAINING_RECORDED", List.of(practitionerId, id))
                .withFields(List.of("course", "completedOn")));
        return id;
    }

    @Transactional(readOnly = true)
    public List<AgencyView> agencies() {
        return jdbc.sql("""
                        SELECT a.id, a.name, a.kind, a.council,
                          (SELECT count(*) FROM team t WHERE t.agency_id = a.id) AS teams,
                          (SELECT count(*) FROM practitioner p WHERE p.agency_id = a.id) AS practitioners
                        FROM agency a ORDER BY a.council DESC, a.name""")
                .query((rs, n) -> new AgencyView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        AgencyKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("council"),
                        rs.getInt("teams"),
                        rs.getInt("practitioners")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> agencyNamed(String name) {
        return jdbc.sql("SELECT id FROM agency WHERE name = :name")
                .param("name", name)
                .query(UUID.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> teamNamed(UUID agencyId, String name) {
        return jdbc.sql("SELECT id FROM team WHERE agency_id = :agency AND name = :name")
                .param("agency", agencyId)
                .param("name", name)
                .query(UUID.class)
                .optional();
    }

    private boolean exists(UUID practitionerId) {
        return jdbc.sql("SELECT count(*) FROM practitioner WHERE id = :id")
                        .param("id", practitionerId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static PractitionerView practitioner(ResultSet rs, int row) throws SQLException {
        return new PractitionerView(
                rs.getObject("id", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("job_title"),
                Discipline.valueOf(rs.getString("discipline")),
                rs.getString("swe_registration_number"),
                rs.getObject("date_qualified", LocalDate.class),
                rs.getObject("agency_id", UUID.class),
                rs.getString("agency_name"),
                AgencyKind.valueOf(rs.getString("agency_kind")),
                rs.getBoolean("agency_council"),
                rs.getObject("team_id", UUID.class),
                rs.getString("team_name"),
                rs.getString("team_function"));
    }
}
