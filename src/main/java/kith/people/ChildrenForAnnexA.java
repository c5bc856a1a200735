package kith.people;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts about children that Ofsted's Annex A lists carry in their first columns: the LA child id, sex, ethnicity,
 * date of birth (or expected date of birth) and disabilities, coded as people records them. For the statutory
 * returns, which analysts and managers make. A restricted child the user is not named on is marked withheld, so that
 * the list counts them without saying who they are.
 */
@Service
public class ChildrenForAnnexA {

    /**
     * One child, as recorded.
     *
     * @param sex M, F or U
     * @param ethnicity the DfE ethnicity code, or null when not recorded
     * @param disabilities DfE disability codes; empty when none is recorded (NONE when the child has none)
     * @param withheld a restricted record the user is not named on: its LA child id and dates are left out (null)
     */
    public record Child(UUID id, String laChildId, String sex, String ethnicity, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth, List<String> disabilities, boolean withheld) {}

    private final RecordAccess access;
    private final JdbcClient jdbc;

    ChildrenForAnnexA(RecordAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The children with these ids, in one statement (and one for who may see them). */
    @Transactional(readOnly = true)
    public Map<UUID, Child> of(Collection<UUID> ids) {
        access.check(Permission.MAKE_RETURNS);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, RecordAccess.Disclosure> disclosures = access.disclosures(ids);
        Map<UUID, Child> children = new HashMap<>();
        jdbc.sql("""
                        SELECT id, la_child_id, sex, ethnicity, date_of_birth, expected_date_of_birth, disabilities
                        FROM person WHERE id = ANY(CAST(:ids AS uuid[]))""")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    RecordAccess.Disclosure disclosure = disclosures.get(id);
                    boolean withheld = disclosure != null && disclosure.withheld();
                    // What identifies a restricted child never leaves this module for a user not named on the record.
                    return new Child(id, withheld ? null : rs.getString("la_child_id"), rs.getString("sex"),
                            rs.getString("ethnicity"), withheld ? null : rs.getObject("date_of_birth", LocalDate.class),
                            withheld ? null : rs.getObject("expected_date_of_birth", LocalDate.class),
                            codes(rs.getArray("disabilities")), withheld);
                })
                .list()
                .forEach(child -> children.put(child.id(), child));
        return children;
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
