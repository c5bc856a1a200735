/**
 * Who may do what: sign-in, sessions and roles, and the one record-access policy that decides whether a
 * user may find or open a person's record (council role, partner scope, restricted records named users
 * only). Every refusal is written to the audit trail. Pages and APIs ask {@link kith.access.RecordAccess};
 * none decides for itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package kith.access;
