package kith.frontdoor;

import static kith.shared.JsonColumns.date;
import static kith.shared.JsonColumns.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import kith.shared.JsonColumns;
import tools.jackson.databind.JsonNode;

/**
 * Reads contacts for display in one statement, their children as JSON, however many: loading the aggregates would
 * take a statement more for each contact's children. Changes still go through the {@link Contact} aggregate.
 */
@Component
class ContactViews {

    private static final String SELECT = """
            SELECT c.*, coalesce((SELECT json_agg(json_build_object('givenName', ch.given_name,
                'familyName', ch.family_name, 'dateOfBirth', ch.date_of_birth,
                'expectedDateOfBirth', ch.expected_date_of_birth, 'nhsNumber', ch.nhs_number, 'address', ch.address,
                'postcode', ch.postcode, 'personId', ch.person_id) ORDER BY ch.position)
              FROM contact_child ch WHERE ch.contact_id = c.id), '[]') AS children_json
            FROM contact c
            """;

    private final JdbcClient jdbc;

    ContactViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contacts someone recorded or submitted, newest first (at most {@code limit}). */
    List<ContactView> recordedBy(String username, int limit) {
        return jdbc.sql(SELECT + " WHERE c.recorded_by = :me ORDER BY c.received_at DESC, c.id LIMIT :limit")
                .param("me", username)
                .param("limit", limit)
                .query(ContactViews::view)
                .list();
    }

    private static ContactView view(ResultSet rs, int row) throws SQLException {
        String basis = rs.getString("lawful_basis");
        String outcome = rs.getString("outcome");
        return new ContactView(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("recorded_by"),
                rs.getBoolean("submitted_by_partner"),
                rs.getString("referrer_kind"),
                rs.getString("referrer_agency_name"),
                rs.getString("referrer_name"),
                rs.getString("referrer_contact"),
                ReferralSource.fromCode(rs.getString("referral_source")).orElseThrow(),
                rs.getString("worry"),
                rs.getBoolean("family_knows"),
                rs.getBoolean("family_agrees"),
                basis == null ? null : LawfulBasis.valueOf(basis),
                rs.getString("status"),
                outcome == null ? null : ReferralDecision.valueOf(outcome),
                rs.getString("outcome_reason"),
                rs.getString("screened_by"),
                JsonColumns.parse(rs.getString("children_json")).valueStream().map(ContactViews::child).toList(),
                List.of());
    }

    private static ContactView.Child child(JsonNode n) {
        String person = text(n, "personId");
        return new ContactView.Child(text(n, "givenName"), text(n, "familyName"), date(n, "dateOfBirth"),
                date(n, "expectedDateOfBirth"), text(n, "nhsNumber"), text(n, "address"), text(n, "postcode"),
                person == null ? null : UUID.fromString(person), null);
    }

}
