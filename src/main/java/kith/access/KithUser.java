package kith.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import kith.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: a practitioner of an agency in one role. */
public final class KithUser implements UserDetails, Actor.Source, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final Role role;
    private final UUID practitionerId;
    private final UUID teamId;
    private final transient String passwordHash;
    private final boolean enabled;

    KithUser(
            Actor actor,
            Role role,
            UUID practitionerId,
            UUID teamId,
            String passwordHash,
            boolean enabled) {
        this.actor = actor;
        this.role = role;
        this.practitionerId = practitionerId;
        this.teamId = teamId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    public Role role() {
        return role;
    }

    public UUID practitionerId() {
        return practitionerId;
    }

    public UUID teamId() {
        return teamId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KithUser user && user.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }

    @Override
    public String toString() {
        return "KithUser[" + getUsername() + ", " + role + "]";
    }
}
