/**
 * Who may do what: sign-in, sessions and roles, and the one record-access policy that decides whether a
 * user may find or open a person's record (council role, partner scope, restricted records named users
 * only). Every refusal is written to the audit trail. Pages and APIs ask {@link kith.access.RecordAccess};
 * none decides for itself.
 *
 * <p>Signing in never tells whether a name has an account: every failure gets the same answer in about the
 * same time, and repeated failures are slowed per name and source address rather than locking the account,
 * so that nobody can lock a colleague out ({@code SignInThrottle}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
        allowedDependencies = {"shared", "audit", "partnership"})
package kith.access;
