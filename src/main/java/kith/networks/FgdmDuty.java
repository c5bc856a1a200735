package kith.networks;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actors;
import kith.shared.StaleRecord;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the duty of s31ZA Children Act 1989 (inserted by the Children's Wellbeing and Schools Act 2026 s1, awaiting
 * commencement) is enforced here: a setting an administrator changes, empty until it commences. Before it, a letter
 * before proceedings without the offer of a meeting is recorded with a warning; from it, refused.
 */
@Service
public class FgdmDuty {

    /** The setting as its page shows it. */
    public record Setting(LocalDate commencesOn, String changedBy, long version) {}

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    FgdmDuty(JdbcClient jdbc, RecordAccess access, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Setting setting() {
        return jdbc.sql("SELECT commences_on, changed_by, version FROM fgdm_duty_setting WHERE id = 1")
                .query((rs, n) -> new Setting(rs.getObject("commences_on", LocalDate.class), rs.getString("changed_by"),
                        rs.getLong("version")))
                .single();
    }

    /** Whether the duty is in force on {@code day}. */
    boolean inForceOn(LocalDate day) {
        LocalDate commences = setting().commencesOn();
        return commences != null && !day.isBefore(commences);
    }

    /** An administrator sets (or, with null, clears) the commencement date. */
    @Transactional
    public void change(long expectedVersion, LocalDate commencesOn) {
        access.check(Permission.ADMINISTER_FAMILY_NETWORKS);
        int updated = jdbc.sql("""
                        UPDATE fgdm_duty_setting SET commences_on = :on, changed_by = :by, changed_at = :at,
                          version = version + 1
                        WHERE id = 1 AND version = :version""")
                .param("on", commencesOn).param("by", Actors.currentOrSystem().displayName())
                .param("at", Timestamp.from(today.now())).param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleRecord("The s31ZA commencement date", 1);
        }
        audit.record(AuditRecord.allowed("FGDM_DUTY_COMMENCEMENT_CHANGED", List.of())
                .withDetail(commencesOn == null ? "not commenced" : commencesOn.toString()));
    }
}
