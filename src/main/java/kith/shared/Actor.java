package kith.shared;

import java.util.UUID;

/**
 * Who is acting: the signed-in user as the audit trail and the access policy see them.
 *
 * @param username the sign-in name
 * @param displayName the person's name as shown in the header
 * @param role the user's role code (for example {@code PRACTITIONER})
 * @param agencyId the agency the user works for, if any
 * @param agencyName the agency's name, shown and audited
 */
public record Actor(String username, String displayName, String role, UUID agencyId, String agencyName) {

    /** Work done by Kith itself (seeding, scheduled jobs), not by a person. */
    public static final Actor SYSTEM = new Actor("system", "Kith", "SYSTEM", null, "Kith");

    /** Someone who has not signed in, named by what they typed (used for failed sign-ins). */
    public static Actor anonymous(String attemptedUsername) {
        return new Actor(attemptedUsername == null ? "" : attemptedUsername, "", "ANONYMOUS", null, "");
    }

    /** Implemented by the security principal so that modules below {@code access} can see the actor. */
    public interface Source {
        Actor actor();
    }
}
