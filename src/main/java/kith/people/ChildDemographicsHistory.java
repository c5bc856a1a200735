package kith.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's demographics in DfE codes, for the measures' slicing (age band, sex, ethnicity, disability): codes and a
 * date, never a name. It is read by insights' listeners, which run with no user after another module's change and
 * count rather than show, so it checks no permission and writes no audit entry; what insights keeps from it is shown
 * only as counts.
 */
@Service
public class ChildDemographicsHistory {

    /** The codes of one person; {@code disabled} is whether any disability other than NONE is recorded. */
    public record Demographics(UUID personId, LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String sex,
            String ethnicity, boolean disabled) {}

    private final JdbcClient jdbc;

    ChildDemographicsHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Demographics> of(UUID personId) {
        return jdbc.sql("""
                        SELECT id, date_of_birth, expected_date_of_birth, sex, ethnicity,
                          EXISTS (SELECT 1 FROM unnest(disabilities) d WHERE d <> 'NONE') AS disabled
                        FROM person WHERE id = :id""")
                .param("id", personId)
                .query((rs, n) -> new Demographics(rs.getObject("id", UUID.class),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getObject("expected_date_of_birth", LocalDate.class), rs.getString("sex"),
                        rs.getString("ethnicity"), rs.getBoolean("disabled")))
                .optional();
    }
}
