package kith.people;

import static kith.shared.JsonColumns.date;
import static kith.shared.JsonColumns.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import kith.shared.JsonColumns;
import tools.jackson.databind.JsonNode;

/**
 * Reads a person's record for display in one statement (names, dates, codes, aliases and addresses as
 * JSON), where loading the aggregate would take three. Changes still go through the {@link Person}
 * aggregate.
 */
@Component
class PersonRecords {

    private final JdbcClient jdbc;

    PersonRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's record, with how many corrections to it are waiting for the council. */
    record Read(PersonView person, int proposedCorrections) {}

    Optional<Read> read(UUID id) {
        return jdbc.sql("""
                        SELECT p.*,
                          coalesce((SELECT json_agg(json_build_object('givenName', a.given_name, 'familyName', a.family_name)
                                    ORDER BY a.position) FROM person_alias a WHERE a.person_id = p.id), '[]') AS alias_json,
                          coalesce((SELECT json_agg(json_build_object('line1', d.line1, 'line2', d.line2, 'town', d.town,
                                      'postcode', d.postcode, 'movedIn', d.moved_in, 'movedOut', d.moved_out,
                                      'confidential', d.confidential) ORDER BY d.position)
                                    FROM person_address d WHERE d.person_id = p.id), '[]') AS address_json,
                          (SELECT count(*) FROM person_correction c WHERE c.person_id = p.id AND c.status = 'PROPOSED')
                            AS proposed_corrections
                        FROM person p WHERE p.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Read(view(rs, n), rs.getInt("proposed_corrections")))
                .optional();
    }

    private static PersonView view(ResultSet rs, int row) throws SQLException {
        String nhs = rs.getString("nhs_number");
        String upn = rs.getString("upn");
        String laChildId = rs.getString("la_child_id");
        String ethnicity = rs.getString("ethnicity");
        return new PersonView(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                PersonKind.valueOf(rs.getString("kind")),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("preferred_name"),
                aliases(rs.getString("alias_json")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_date_of_birth", LocalDate.class),
                Sex.fromCode(rs.getString("sex")).orElse(Sex.U),
                ethnicity == null ? null : Ethnicity.fromCode(ethnicity).orElse(null),
                Arrays.stream((String[]) rs.getArray("disabilities").getArray())
                        .map(code -> Disability.fromCode(code).orElseThrow()).toList(),
                List.of((String[]) rs.getArray("languages").getArray()),
                addresses(rs.getString("address_json")),
                nhs == null ? null : new NhsNumber(nhs),
                rs.getString("nhs_number_source"),
                rs.getBoolean("nhs_number_verified"),
                upn == null ? null : new Upn(upn),
                laChildId == null ? null : new LaChildId(laChildId),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<PersonName> aliases(String json) {
        return JsonColumns.parse(json).valueStream()
                .map(n -> new PersonName(text(n, "givenName"), text(n, "familyName")))
                .toList();
    }

    private static List<Address> addresses(String json) {
        return JsonColumns.parse(json).valueStream()
                .map(n -> new Address(text(n, "line1"), text(n, "line2"), text(n, "town"), text(n, "postcode"),
                        date(n, "movedIn"), date(n, "movedOut"), n.path("confidential").asBoolean()))
                .toList();
    }

}
