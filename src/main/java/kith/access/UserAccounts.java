package kith.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts that may sign in, and the throttle on repeated failures: after five failed sign-ins in a row
 * an account is refused for one minute, doubling with each further failure up to thirty minutes, whatever
 * password is then given.
 */
@Service
public class UserAccounts implements UserDetailsService {

    static final int FREE_ATTEMPTS = 5;
    static final Duration LONGEST_LOCK = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final PartnershipDirectory partnership;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PartnershipDirectory partnership, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.partnership = partnership;
        this.passwords = passwords;
        this.clock = clock;
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

    @Override
    @Transactional(readOnly = true)
    public KithUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional(readOnly = true)
    public Optional<KithUser> find(String username) {
        return jdbc.sql("""
                        SELECT username, password_hash, role, practitioner_id, enabled, locked_until
                        FROM user_account WHERE username = :username""")
                .param("username", username == null ? "" : username.trim().toLowerCase())
                .query((rs, n) -> {
                    UUID practitionerId = rs.getObject("practitioner_id", UUID.class);
                    PractitionerView practitioner = partnership
                            .practitioner(practitionerId)
                            .orElseThrow(() -> new IllegalStateException("Account without practitioner"));
                    Role role = Role.valueOf(rs.getString("role"));
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
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
                            rs.getBoolean("enabled"),
                            lockedUntil == null ? null : lockedUntil.toInstant());
                })
                .optional();
    }

    /** Counts a failed sign-in and, past the free attempts, locks the account for a while. */
    @Transactional
    public void recordFailedSignIn(String username) {
        Integer failures = jdbc.sql("""
                        UPDATE user_account SET failed_sign_ins = failed_sign_ins + 1
                        WHERE username = :username RETURNING failed_sign_ins""")
                .param("username", username)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (failures != null && failures >= FREE_ATTEMPTS) {
            jdbc.sql("UPDATE user_account SET locked_until = :until WHERE username = :username")
                    .param("until", Timestamp.from(clock.instant().plus(lockFor(failures))))
                    .param("username", username)
                    .update();
        }
    }

    @Transactional
    public void recordSuccessfulSignIn(String username) {
        jdbc.sql("""
                        UPDATE user_account SET failed_sign_ins = 0, locked_until = NULL
                        WHERE username = :username AND (failed_sign_ins > 0 OR locked_until IS NOT NULL)""")
                .param("username", username)
                .update();
    }

    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 5);
        Duration lock = Duration.ofMinutes(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    Instant now() {
        return clock.instant();
    }
}
