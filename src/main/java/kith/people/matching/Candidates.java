package kith.people.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import kith.people.LaChildId;
import kith.people.NhsNumber;
import kith.people.PersonKind;
import kith.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people worth scoring, gathered through indexes only, each block a few exact probes or a narrow range:
 * the same identifier or one a slip away; the same postcode; the same date of birth, or with day and month
 * swapped; a surname that sounds the same with a date of birth one slip or one day away, whatever the given name,
 * and the given name (or a form of it) with such a date, whatever the surname.
 * Only when no date of birth was given: a surname that sounds the same (or a part of a double-barrelled one)
 * with the given name or a known form of it, and a former surname. Together they reach nearly everyone who could
 * score in either band, which takes the same or nearly the same identifier, date of birth or postcode, or a name
 * and an address when there is no date. A name alone is not gathered when a date was given: a common name matches
 * ten thousand people in a million (V10__person_matching_at_scale.sql, V22__person_near_birth.sql).
 */
final class Candidates {

    /** At most this many people are scored for one referral; the weakest blocks give way first. */
    static final int LIMIT = 1000;

    private final JdbcClient jdbc;

    Candidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> gather(Query q, NameVariants variants) {
        // Each block has a rank; should the blocks together pass the cap, the weakest go first.
        List<String> blocks = new ArrayList<>();
        var params = new LinkedHashMap<String, Object>();
        if (q.identifier() != null) {
            blocks.add("SELECT id, 0 AS rank FROM person WHERE nhs_number = ANY(:identifiers) OR la_child_id = ANY(:identifiers)");
            List<String> identifiers = new ArrayList<>(Likeness.slipsOf(q.identifier()));
            identifiers.add(q.identifier());
            params.put("identifiers", identifiers.toArray(String[]::new));
        }
        if (q.postcode() != null) {
            blocks.add("SELECT person_id AS id, 1 AS rank FROM person_address WHERE postcode = :postcode AND moved_out IS NULL");
            params.put("postcode", q.postcode());
        }
        if (q.dob() != null) {
            blocks.add("SELECT id, 1 AS rank FROM person WHERE date_of_birth = :dob OR expected_date_of_birth = :dob");
            params.put("dob", q.dob());
            if (q.swappedDob() != null) {
                blocks.add("SELECT id, 1 AS rank FROM person WHERE date_of_birth = :swapped");
                params.put("swapped", q.swappedDob());
            }
            if (q.family() != null) {
                // Through person_sound_birth_idx: whatever the given name, so that a misspelt given name or a
                // short form no list knows still meets a date a slip or a day out.
                blocks.add("SELECT id, 2 AS rank FROM person WHERE family_name_phonetic = dmetaphone(:family)"
                        + " AND date_of_birth = ANY(CAST(:near AS date[]))");
                params.put("family", q.family());
            }
            params.put("near", Likeness.nearDates(q.dob()).stream().map(LocalDate::toString).toArray(String[]::new));
            if (q.given() != null) {
                // Through person_given_birth_idx: the given name (or a known form of it, or the surname, should
                // the names have been given the other way round) with a date a slip or a day out, whatever the
                // surname: misspelt past its sound, double-barrelled, or changed.
                List<String> forms = new ArrayList<>(List.of(givenNamesOf(q.given(), variants)));
                if (q.family() != null) {
                    forms.add(q.family());
                }
                blocks.add("SELECT id, 2 AS rank FROM person WHERE given_name_norm = ANY(:givenForms)"
                        + " AND date_of_birth = ANY(CAST(:near AS date[]))");
                params.put("givenForms", forms.toArray(String[]::new));
            }
        } else if (q.family() != null) {
            params.put("family", q.family());
            // Through person_sound_given_birth_idx: the sound of the surname, then the given name or a form of it.
            String soundsAlike = q.given() == null ? "family_name_phonetic = dmetaphone(:family)"
                    : "family_name_phonetic = dmetaphone(:family) AND given_name_norm = ANY(:givenNames)";
            if (q.given() != null) {
                params.put("givenNames", givenNamesOf(q.given(), variants));
            }
            blocks.add("SELECT id, 3 AS rank FROM person WHERE " + soundsAlike);
            for (int i = 0; i < q.familyParts().size() && q.familyParts().size() > 1; i++) {
                params.put("part" + i, q.familyParts().get(i));
                blocks.add("SELECT id, 3 AS rank FROM person WHERE " + soundsAlike.replace(":family", ":part" + i));
            }
            blocks.add("SELECT person_id AS id, 3 AS rank FROM person_alias WHERE family_name_norm % :family");
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        String sql = """
                WITH candidates AS (%s),
                  kept AS (SELECT id FROM candidates GROUP BY id ORDER BY min(rank) LIMIT %d)
                SELECT p.id, p.kind, p.given_name, p.family_name, p.date_of_birth, p.expected_date_of_birth,
                  p.nhs_number, p.la_child_id, p.family_name_phonetic, %s AS wanted_phonetic,
                  a.line1, a.line2, a.town, a.postcode,
                  ARRAY(SELECT lower(al.family_name) FROM person_alias al WHERE al.person_id = p.id) AS aliases
                FROM kept JOIN person p ON p.id = kept.id
                LEFT JOIN LATERAL (SELECT a.line1, a.line2, a.town, a.postcode FROM person_address a
                  WHERE a.person_id = p.id AND a.moved_out IS NULL AND NOT a.confidential ORDER BY a.position LIMIT 1) a ON true"""
                .formatted(String.join("\n  UNION ALL ", blocks), LIMIT,
                        q.family() == null ? "NULL" : "dmetaphone(:family)");
        var statement = jdbc.sql(sql);
        for (var param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.query(Candidates::row).list();
    }

    /** The given name and its short and long forms (Robert, Rob, Bob…). */
    private static String[] givenNamesOf(String given, NameVariants variants) {
        List<String> names = new ArrayList<>(variants.of(given));
        names.add(given);
        return names.toArray(String[]::new);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String nhs = rs.getString("nhs_number");
        String laChildId = rs.getString("la_child_id");
        var person = new PersonSummary(rs.getObject("id", UUID.class), false, PersonKind.valueOf(rs.getString("kind")),
                rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class), nhs == null ? null : new NhsNumber(nhs),
                laChildId == null ? null : new LaChildId(laChildId), rs.getString("postcode"), 0);
        return new Row(person, rs.getString("family_name_phonetic"), rs.getString("wanted_phonetic"),
                Arrays.asList((String[]) rs.getArray("aliases").getArray()),
                AddressKey.of(rs.getString("line1"), rs.getString("line2"), rs.getString("town")));
    }
}
