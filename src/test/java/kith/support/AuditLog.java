package kith.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit trail in tests. */
public final class AuditLog {

    private AuditLog() {}

    public static long count(JdbcClient jdbc, String username, String action, String outcome) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND action = :a AND outcome = :o")
                .param("u", username)
                .param("a", action)
                .param("o", outcome)
                .query(Long.class)
                .single();
    }

    public static long refusals(JdbcClient jdbc, String username) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u AND outcome = 'REFUSED'")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
