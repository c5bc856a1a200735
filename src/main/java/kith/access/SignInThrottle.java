package kith.access;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock a real user out.
 *
 * <p>Failures are counted per name typed <em>and</em> source address: after {@value #FREE_ATTEMPTS}
 * failures of one name from one address, that address must wait 30 seconds before its next attempt at that
 * name, doubling with each further failure up to 15 minutes. The same user signing in from anywhere else is
 * not held up. Against one address trying many names (password spraying), {@value #ADDRESS_LIMIT} failures
 * from an address within 15 minutes hold back every attempt from it until they age.
 *
 * <p>Names without an account are counted exactly like real ones, so being held back says nothing about
 * whether an account exists. A held-back attempt is refused without checking the password (an attacker
 * learns nothing from it) and is not counted, so the wait is predictable. Failures are kept for a day.
 */
@Component
class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final int ADDRESS_LIMIT = 50;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final int LONGEST_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Why an attempt of this name from this address is held back now, if it is. */
    Optional<String> holdsBack(String name, String source) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE username = :name) AS name_failures,
                               max(failed_at) FILTER (WHERE username = :name) AS last_name_failure,
                               count(*) FILTER (WHERE failed_at > :windowStart) AS address_failures
                        FROM sign_in_failure WHERE source = :source AND failed_at > :keptSince""")
                .param("name", name)
                .param("source", source)
                .param("windowStart", Timestamp.from(now.minus(ADDRESS_WINDOW)))
                .param("keptSince", Timestamp.from(now.minus(KEPT_FOR)))
                .query((rs, n) -> {
                    int nameFailures = rs.getInt("name_failures");
                    Timestamp lastFailure = rs.getTimestamp("last_name_failure");
                    int addressFailures = rs.getInt("address_failures");
                    if (addressFailures >= ADDRESS_LIMIT) {
                        return Optional.of(addressFailures + " failed sign-ins from this address in "
                                + ADDRESS_WINDOW.toMinutes() + " minutes");
                    }
                    Instant until = lastFailure == null ? now : lastFailure.toInstant().plus(waitAfter(nameFailures));
                    if (until.isAfter(now)) {
                        return Optional.of(nameFailures + " failed sign-ins for this name from this address; next attempt from "
                                + until);
                    }
                    return Optional.<String>empty();
                })
                .single();
    }

    /** Counts a failure, and forgets failures older than a day. */
    void failed(String name, String source) {
        Instant now = clock.instant();
        jdbc.sql("""
                        WITH forgotten AS (DELETE FROM sign_in_failure WHERE failed_at < :keptSince)
                        INSERT INTO sign_in_failure (username, source, failed_at) VALUES (:name, :source, :now)""")
                .param("keptSince", Timestamp.from(now.minus(KEPT_FOR)))
                .param("name", name)
                .param("source", source)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A success clears the failures of this name from this address only. */
    void succeeded(String name, String source) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE source = :source AND username = :name")
                .param("source", source)
                .param("name", name)
                .update();
    }

    /** How long an address must wait after this many failures of one name. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The name as accounts are keyed: trimmed, lower case, and never longer than any account's could be. */
    static String nameOf(String typed) {
        String name = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    /**
     * The source an attempt is counted against: an IPv4 address, or the /64 network of an IPv6 address (one
     * subscriber usually holds a whole /64, so counting single IPv6 addresses would not slow anyone).
     */
    static String sourceOf(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.matches("[0-9A-Fa-f:.]+")) {
            return "unknown";
        }
        try {
            // A literal address: never looked up in DNS.
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
