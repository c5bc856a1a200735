package kith.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by name (typos tolerated), date of birth and NHS number.
 *
 * <p>The index design (see V5__people.sql and docs/benchmarks/people-search.md): a date of birth goes
 * through the b-tree on (date_of_birth, family_name_norm), which narrows a million people to a few dozen
 * before any name is compared (by trigrams, sound, and with a date also letter by letter: one letter wrong, two in
 * a longer name); a name alone goes through trigram GIN indexes (typos and transpositions)
 * and a double metaphone b-tree (names that sound alike, such as Smith and Smyth); an NHS number is an
 * exact b-tree look-up.
 */
@Service
public class PeopleSearch {

    public static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;

    PeopleSearch(JdbcClient jdbc, RecordAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Searches as the current user: checked by the access policy and audited. A restricted record the user is
     * not named on is left out altogether (a "restricted record matches" line would tell them that someone of
     * that name, birthday or NHS number is in Kith); the match itself is audited against that record, without the
     * search terms, so that the people named on it can see who was looking.
     */
    @Transactional
    public List<PersonSummary> search(SearchCriteria criteria) {
        access.checkMayFindPeople();
        if (criteria.isEmpty()) {
            return List.of();
        }
        List<PersonSummary> found = find(criteria, LIMIT);
        var disclosures = access.disclosures(found.stream().map(PersonSummary::id).toList());
        List<PersonSummary> shown = found.stream()
                .filter(summary -> !disclosures.get(summary.id()).withheld())
                .map(summary -> disclosures.get(summary.id()).restricted() ? summary.markedRestricted() : summary)
                .toList();
        List<UUID> withheld = found.stream().map(PersonSummary::id).filter(id -> disclosures.get(id).withheld()).toList();
        if (!withheld.isEmpty()) {
            audit.record(AuditRecord.allowed("RESTRICTED_RECORD_WITHHELD", withheld).withDetail("search"));
        }
        audit.record(AuditRecord.allowed("PEOPLE_SEARCHED", shown.stream().map(PersonSummary::id).toList())
                .withDetail(criteria.describe() + "; results=" + shown.size()));
        return shown;
    }

    /** The query itself, without access checks or audit: for {@link #search} and this module's benchmarks only. */
    @Transactional(readOnly = true)
    List<PersonSummary> find(SearchCriteria criteria, int limit) {
        List<String> conditions = new ArrayList<>();
        var spec = new Object() {
            String score = "0";
        };
        var params = new java.util.LinkedHashMap<String, Object>();
        if (criteria.nhsNumber() != null) {
            conditions.add("p.nhs_number = :nhs");
            params.put("nhs", criteria.nhsNumber());
        }
        if (criteria.dateOfBirth() != null) {
            conditions.add("(p.date_of_birth = :dob OR p.expected_date_of_birth = :dob)");
            params.put("dob", criteria.dateOfBirth());
        }
        if (criteria.name() != null) {
            String[] words = criteria.name().toLowerCase().split(" ");
            String family = words[words.length - 1];
            params.put("family", family);
            String familyMatches = "(p.family_name_norm % :family OR p.family_name_phonetic = dmetaphone(:family)"
                    + " OR p.id IN (SELECT a.person_id FROM person_alias a WHERE a.family_name_norm % :family)";
            if (criteria.dateOfBirth() != null) {
                // The date has narrowed a million people to a few dozen, so the name may be compared letter by
                // letter: a letter wrong (two in a longer name) finds the child even where it leaves too few
                // trigrams in common and changes the sound (Hill typed Hxll, Cox typed Cix).
                familyMatches += " OR levenshtein_less_equal(p.family_name_norm, :family, 2)"
                        + " <= CASE WHEN length(:family) >= 5 THEN 2 ELSE 1 END";
            }
            if (words.length == 1) {
                conditions.add(familyMatches + " OR p.given_name_norm % :family)");
                spec.score = "greatest(similarity(p.family_name_norm, :family), similarity(p.given_name_norm, :family))";
            } else {
                params.put("given", words[0]);
                conditions.add(familyMatches + ")");
                spec.score = "similarity(p.family_name_norm, :family) + 0.5 * similarity(p.given_name_norm, :given)";
            }
        }
        String sql = """
                SELECT p.id, p.kind, p.given_name, p.family_name, p.date_of_birth, p.expected_date_of_birth,
                  p.nhs_number, p.la_child_id,
                  (SELECT a.postcode FROM person_address a WHERE a.person_id = p.id AND a.moved_out IS NULL
                     AND NOT a.confidential ORDER BY a.position LIMIT 1) AS postcode,
                  %s AS score
                FROM person p
                WHERE %s
                ORDER BY score DESC, p.family_name, p.given_name
                LIMIT :limit""".formatted(spec.score, String.join(" AND ", conditions));
        var statement = jdbc.sql(sql).param("limit", limit);
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.query(PeopleSearch::summary).list();
    }

    private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
        String nhs = rs.getString("nhs_number");
        String laChildId = rs.getString("la_child_id");
        return new PersonSummary(
                rs.getObject("id", UUID.class),
                false,
                PersonKind.valueOf(rs.getString("kind")),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class),
                nhs == null ? null : new NhsNumber(nhs),
                laChildId == null ? null : new LaChildId(laChildId),
                rs.getString("postcode"),
                rs.getDouble("score"));
    }
}
