/**
 * The audit trail: an append-only record of every view, search, change, disclosure, sign-in and refusal,
 * kept as a hash chain per local authority so that any change to a stored entry is detectable. Other
 * modules write to it through {@link kith.audit.AuditTrail}; admins read it through the access log and the
 * API. The database refuses Kith's own role any update or delete of an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package kith.audit;
