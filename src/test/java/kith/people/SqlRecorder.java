package kith.people;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Remembers the last named-parameter query and its parameters, so that a benchmark can explain the very SQL the
 * code under test builds, caught on its way to the database rather than copied, and the plan cannot drift from
 * the code. Hand it to the code as {@code JdbcClient.create(recorder)}.
 */
public final class SqlRecorder extends NamedParameterJdbcTemplate {

    private String sql;
    private SqlParameterSource params;

    public SqlRecorder(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public <T> List<T> query(String sql, SqlParameterSource params, RowMapper<T> rowMapper) {
        this.sql = sql;
        this.params = params;
        return super.query(sql, params, rowMapper);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the last query, run again with the same parameters. */
    public String explainLast() {
        return String.join("\n", queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, params, String.class));
    }
}
