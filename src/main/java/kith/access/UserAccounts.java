package kith.access;

import java.util.Optional;
import java.util.UUID;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts that may sign in. Passwords are checked only by {@link PasswordSignIn}, behind the sign-in
 * throttle; this class is deliberately not a {@code UserDetailsService} bean, so that Spring Security builds
 * no second, unthrottled way in from it.
 */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PartnershipDirectory partnership;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PartnershipDirectory partnership, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.partnership = partnership;
        this.passwords = passwords;
    }

    @Transactional
    public void create(String username, String rawPassword, Role role, UUID practitionerId) {
        jdbc.sql("""
                        INSERT INTO user_account (username, password_hash, role, practitioner_id)
                        VALUES (:username, :hash, :role, :practitioner)""")
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("role", role.name())
                .param("practitioner", practitionerId)
                .update();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public KithUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional(readOnly = true)
    public Optional<KithUser> find(String username) {
        return jdbc.sql("""
                        SELECT username, password_hash, role, practitioner_id, enabled
                        FROM user_account WHERE username = :username""")
                .param("username", username == null ? "" : username.trim().toLowerCase())
                .query((rs, n) -> {
                    UUID practitionerId = rs.getObject("practitioner_id", UUID.class);
                    PractitionerView practitioner = partnership
                            .practitioner(practitionerId)
                            .orElseThrow(() -> new IllegalStateException("Account without practitioner"));
                    Role role = Role.valueOf(rs.getString("role"));
                    return new KithUser(
                            new Actor(
                                    rs.getString("username"),
                                    practitioner.fullName(),
                                    role.name(),
                                    practitioner.agencyId(),
                                    practitioner.agencyName()),
                            role,
                            practitionerId,
                            practitioner.teamId(),
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"));
                })
                .optional();
    }
}
