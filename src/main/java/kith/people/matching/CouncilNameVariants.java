package kith.people.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.AccessRefused;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's own given-name variants, added to the shipped list for person matching: short and familiar
 * forms common in its communities that the list lacks (its README says it leans towards names in American
 * genealogy records). Administrators only (the {@code /admin/**} route rule, and a check here for any other
 * caller); every change is audited.
 */
@Service
public class CouncilNameVariants {

    /** A variant the council added. */
    public record CouncilVariant(String name, String variant, String reason, String addedBy, Instant addedAt) {}

    static final int MAX_NAME = 40;
    static final int MAX_REASON = 200;
    private static final Pattern A_GIVEN_NAME = Pattern.compile("[a-z][a-z' -]*");

    private final JdbcClient jdbc;
    private final KnownNameVariants known;
    private final AuditTrail audit;
    private final Clock clock;

    CouncilNameVariants(JdbcClient jdbc, KnownNameVariants known, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.known = known;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds that {@code variant} is a short or familiar form of {@code name} (or another spelling of it).
     *
     * @throws InvalidInput ({@code name}, {@code variant}, {@code reason}) naming every problem; nothing is saved
     */
    @Transactional
    public void add(String name, String variant, String reason) {
        requireAdministrator("NAME_VARIANT_ADD_REFUSED");
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String n = checkedName("name", name, "Enter the given name", problems);
        String v = checkedName("variant", variant, "Enter the short or familiar form", problems);
        if (n != null && n.equals(v)) {
            problems.add(new InvalidInput.Problem("variant", "Enter a form that differs from the given name"));
        } else if (n != null && v != null && known.current().areVariants(n, v)) {
            problems.add(new InvalidInput.Problem("variant", capitalise(v) + " is already a variant of " + capitalise(n)));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidInput.Problem("reason", "Enter why the council is adding this variant"));
        } else if (reason.trim().length() > MAX_REASON) {
            problems.add(new InvalidInput.Problem("reason", "The reason must be " + MAX_REASON + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO name_variant (name, variant, reason, added_by, added_at)
                        VALUES (:name, :variant, :reason, :by, :at)""")
                .param("name", n)
                .param("variant", v)
                .param("reason", reason.trim())
                .param("by", Actors.currentOrSystem().username())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        known.changed();
        audit.record(AuditRecord.allowed("NAME_VARIANT_ADDED", List.of()).withReason(reason.trim())
                .withDetail(n + " = " + v));
    }

    /** Removes a variant the council added. @throws RecordNotFound when the council has no such variant */
    @Transactional
    public void remove(String name, String variant) {
        requireAdministrator("NAME_VARIANT_REMOVE_REFUSED");
        int removed = jdbc.sql("DELETE FROM name_variant WHERE name = :name AND variant = :variant")
                .param("name", name == null ? "" : name.trim().toLowerCase(Locale.UK))
                .param("variant", variant == null ? "" : variant.trim().toLowerCase(Locale.UK))
                .update();
        if (removed == 0) {
            throw new RecordNotFound("Name variant", name + " = " + variant);
        }
        known.changed();
        audit.record(AuditRecord.allowed("NAME_VARIANT_REMOVED", List.of()).withDetail(name + " = " + variant));
    }

    /** The council's variants, by name. */
    @Transactional(readOnly = true)
    public List<CouncilVariant> all() {
        return jdbc.sql("SELECT name, variant, reason, added_by, added_at FROM name_variant ORDER BY name, variant")
                .query((rs, n) -> new CouncilVariant(rs.getString("name"), rs.getString("variant"),
                        rs.getString("reason"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    private static String checkedName(String field, String value, String missing, List<InvalidInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInput.Problem(field, missing));
            return null;
        }
        // As matching compares names: lower case, accents dropped (Zoë is zoe).
        String name = java.text.Normalizer.normalize(value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (name.length() > MAX_NAME) {
            problems.add(new InvalidInput.Problem(field, "A name must be " + MAX_NAME + " characters or fewer"));
            return null;
        }
        if (!A_GIVEN_NAME.matcher(name).matches()) {
            problems.add(new InvalidInput.Problem(field,
                    "A name must start with a letter and contain only letters, spaces, hyphens and apostrophes"));
            return null;
        }
        return name;
    }

    private void requireAdministrator(String refusal) {
        // Work Kith does itself (no signed-in user) is allowed.
        boolean refused = Actors.current().map(actor -> !"ADMINISTRATOR".equals(actor.role())).orElse(false);
        if (refused) {
            audit.recordRefusal(AuditRecord.refused(refusal, List.of(), null));
            throw new AccessRefused("Only administrators may change the council's name variants");
        }
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
