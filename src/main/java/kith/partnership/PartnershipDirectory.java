package kith.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kith.shared.InvalidInput;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and answers questions about the partnership's agencies, teams and practitioners. */
@Service
public class PartnershipDirectory {

    private static final String PRACTITIONER_SELECT = """
            SELECT p.*, a.name AS agency_name, a.kind AS agency_kind, a.council AS agency_council,
                   t.name AS team_name, t.function AS team_function
            FROM practitioner p JOIN agency a ON a.id = p.agency_id LEFT JOIN team t ON t.id = p.team_id
            """;

    private final JdbcClient jdbc;
    private final Today today;

    PartnershipDirectory(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
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
