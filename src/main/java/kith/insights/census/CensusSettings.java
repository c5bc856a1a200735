package kith.insights.census;

import java.sql.Timestamp;
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
 * The CIN census settings an administrator changes: whether the export includes the 2026-27 PreProceedingsandFGDM
 * block. The DfE's published 2026 schema predates the block, so it is off until the council's return includes it.
 */
@Service
public class CensusSettings {

    /** The setting as its page shows it. */
    public record Setting(boolean preProceedingsBlock, String changedBy, long version) {}

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    CensusSettings(JdbcClient jdbc, RecordAccess access, AuditTrail audit, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Setting setting() {
        return jdbc.sql("SELECT pre_proceedings_block, changed_by, version FROM census_setting WHERE id = 1")
                .query((rs, n) -> new Setting(rs.getBoolean("pre_proceedings_block"), rs.getString("changed_by"),
                        rs.getLong("version")))
                .single();
    }

    /** An administrator switches the block on or off. */
    @Transactional
    public void change(long expectedVersion, boolean preProceedingsBlock) {
        access.check(Permission.ADMINISTER_RETURNS);
        int updated = jdbc.sql("""
                        UPDATE census_setting SET pre_proceedings_block = :on, changed_by = :by, changed_at = :at,
                          version = version + 1
                        WHERE id = 1 AND version = :version""")
                .param("on", preProceedingsBlock).param("by", Actors.currentOrSystem().displayName())
                .param("at", Timestamp.from(today.now())).param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleRecord("The CIN census settings", 1);
        }
        audit.record(AuditRecord.allowed("CENSUS_SETTINGS_CHANGED", List.of())
                .withDetail(preProceedingsBlock ? "PreProceedingsandFGDM included" : "PreProceedingsandFGDM left out"));
    }
}
