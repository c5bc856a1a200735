package kith.people;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's facts for the statutory returns (the CIN census ChildIdentifiers and ChildCharacteristics): the LA child
 * id, UPN, dates of birth, sex, ethnicity and disabilities of a batch of children, never their names. For those who
 * make returns; the census that calls this audits each batch of children once (as ids), so this does not.
 */
@Service
public class ChildrenForReturns {

    /** A child's identifiers and characteristics in DfE codes; {@code laChildId} is null if none was ever given. */
    public record ChildFacts(UUID id, String laChildId, String upn, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
            String sex, String ethnicity, List<String> disabilities) {}

    private final JdbcClient jdbc;
    private final RecordAccess access;

    ChildrenForReturns(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The children among these ids (adults are left out), in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, ChildFacts> ofChildren(Collection<UUID> ids) {
        access.check(Permission.MAKE_RETURNS);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT id, la_child_id, upn, date_of_birth, expected_date_of_birth, sex, ethnicity, disabilities
                        FROM person WHERE id = ANY(:ids) AND kind = 'CHILD'""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> {
                    Array disabilities = rs.getArray("disabilities");
                    return new ChildFacts(rs.getObject("id", UUID.class), rs.getString("la_child_id"),
                            rs.getString("upn"), rs.getObject("date_of_birth", LocalDate.class),
                            rs.getObject("expected_date_of_birth", LocalDate.class), rs.getString("sex"),
                            rs.getString("ethnicity"), disabilities == null ? List.of()
                                    : Arrays.asList((String[]) disabilities.getArray()));
                }).list().stream().collect(Collectors.toMap(ChildFacts::id, Function.identity()));
    }
}
