package kith.audit;

import java.util.List;
import java.util.UUID;

/**
 * What to write to the audit trail: the actor, time, route and chain position are added by
 * {@link AuditTrail}.
 *
 * @param action what was done, in capitals ({@code PERSON_VIEWED})
 * @param outcome whether it was allowed, refused or failed
 * @param subjects the ids of the records concerned
 * @param fields the names of fields changed, never their values
 * @param reason why, where the user had to give a reason
 * @param detail short context such as search criteria
 */
public record AuditRecord(
        String action, Outcome outcome, List<UUID> subjects, List<String> fields, String reason, String detail) {

    public enum Outcome {
        ALLOWED,
        REFUSED,
        FAILED
    }

    public AuditRecord {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static AuditRecord allowed(String action, List<UUID> subjects) {
        return new AuditRecord(action, Outcome.ALLOWED, subjects, List.of(), null, null);
    }

    public static AuditRecord refused(String action, List<UUID> subjects, String detail) {
        return new AuditRecord(action, Outcome.REFUSED, subjects, List.of(), null, detail);
    }

    public AuditRecord withFields(List<String> changedFields) {
        return new AuditRecord(action, outcome, subjects, changedFields, reason, detail);
    }

    public AuditRecord withReason(String why) {
        return new AuditRecord(action, outcome, subjects, fields, why, detail);
    }

    public AuditRecord withDetail(String context) {
        return new AuditRecord(action, outcome, subjects, fields, reason, context);
    }
}
