package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kith.KithTest;
import kith.shared.web.PublicAddress;
import kith.support.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signing in: one answer for every failure, whether or not the name has an account; a throttle per name and
 * address that slows guessing without locking the real user out; HTTP Basic counted like the form.
 * Each test signs in from addresses of its own, so that no test's failures hold back another's.
 */
@KithTest
class SignInTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired PublicAddress publicAddress;

    private String newAccount() {
        String username = "throttle." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "right-password", Role.PRACTITIONER, accounts.loadUserByUsername("social.worker").practitionerId());
        return username;
    }

    private static String unknownName() {
        return "no.such." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A source address no other test uses (198.18.0.0/15 is set aside for testing). */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/sign-in").param("username", username).param("password", password)
                        .with(csrf()).with(from(address)))
                .andReturn().getResponse();
    }

    /** What the client sees of the answer: its status and where it sends them. */
    private static String answer(MockHttpServletResponse response) {
        return response.getStatus() + " " + response.getHeader("Location");
    }

    private String failed() {
        return "302 " + publicAddress.of("/sign-in?error");
    }

    private String signedIn() {
        return "302 " + publicAddress.of("/");
    }

    @Test
    void aSuccessfulSignInIsAuditedAndGoesToThePublicAddress() throws Exception {
        String user = newAccount();
        assertThat(answer(signIn(user, "right-password", newAddress()))).isEqualTo(signedIn());
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void unknownAndKnownNamesGetTheSameAnswerBeforeAndAfterFiveFailures() throws Exception {
        String known = newAccount();
        String unknown = unknownName();
        String knownFrom = newAddress();
        String unknownFrom = newAddress();
        for (int attempt = 1; attempt <= SignInThrottle.FREE_ATTEMPTS + 3; attempt++) {
            String toKnown = answer(signIn(known, "Never-Logged-1", knownFrom));
            String toUnknown = answer(signIn(unknown, "Never-Logged-1", unknownFrom));
            assertThat(toKnown).as("attempt %d", attempt).isEqualTo(toUnknown).isEqualTo(failed());
        }
        assertThat(answer(signIn(known, "right-password", knownFrom)))
                .as("held back: even the right password gets the same answer").isEqualTo(failed());

        for (String name : List.of(known, unknown)) {
            assertThat(AuditLog.count(jdbc, name, "SIGN_IN_FAILED", "FAILED")).isEqualTo(SignInThrottle.FREE_ATTEMPTS);
            assertThat(AuditLog.count(jdbc, name, "SIGN_IN_THROTTLED", "REFUSED")).isGreaterThanOrEqualTo(3);
        }
        assertThat(AuditLog.count(jdbc, known, "SIGN_IN", "ALLOWED")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE concat(username, detail, reason) LIKE '%Never-Logged%'")
                        .query(Long.class).single())
                .as("no password in the audit trail").isZero();
        String page = mvc.perform(get("/sign-in").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter a correct username and password");
    }

    @Test
    void anAttackersFailuresFromOneAddressDoNotStopTheRealUserSigningInFromAnother() throws Exception {
        String user = newAccount();
        String attacker = newAddress();
        for (int attempt = 0; attempt < SignInThrottle.FREE_ATTEMPTS + 5; attempt++) {
            signIn(user, "guess-" + attempt, attacker);
        }
        assertThat(answer(signIn(user, "right-password", attacker))).isEqualTo(failed());
        assertThat(answer(signIn(user, "right-password", newAddress()))).isEqualTo(signedIn());
    }

    @Test
    void failedHttpBasicAttemptsCountLikeFormFailures() throws Exception {
        String user = newAccount();
        String address = newAddress();
        for (int attempt = 0; attempt < SignInThrottle.FREE_ATTEMPTS; attempt++) {
            int status = mvc.perform(get("/api/v1/people").param("q", "taylor")
                            .with(httpBasic(user, "wrong")).with(from(address)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(401);
        }
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN_FAILED", "FAILED")).isEqualTo(SignInThrottle.FREE_ATTEMPTS);
        assertThat(answer(signIn(user, "right-password", address))).as("the form, held back").isEqualTo(failed());
        assertThat(mvc.perform(get("/api/v1/people").param("q", "taylor")
                        .with(httpBasic(user, "right-password")).with(from(address)))
                .andReturn().getResponse().getStatus()).as("Basic, held back").isEqualTo(401);
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN_THROTTLED", "REFUSED")).isEqualTo(2);
        assertThat(answer(signIn(user, "right-password", newAddress()))).isEqualTo(signedIn());
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        assertThat(SignInThrottle.waitAfter(4)).isZero();
        assertThat(SignInThrottle.waitAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.waitAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.waitAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInThrottle.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.waitAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitGrowsForTheAddressThatKeepsFailing() throws Exception {
        String user = newAccount();
        String address = newAddress();
        for (int attempt = 0; attempt < SignInThrottle.FREE_ATTEMPTS; attempt++) {
            signIn(user, "wrong", address);
        }
        assertThat(answer(signIn(user, "right-password", address))).as("5 failures: wait 30 s").isEqualTo(failed());
        earlier(user, Duration.ofSeconds(31));
        signIn(user, "wrong", address);
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN_FAILED", "FAILED")).as("checked again after 30 s").isEqualTo(6);
        earlier(user, Duration.ofSeconds(31));
        assertThat(answer(signIn(user, "right-password", address))).as("6 failures: 30 s is not enough").isEqualTo(failed());
        earlier(user, Duration.ofSeconds(30));
        assertThat(answer(signIn(user, "right-password", address))).as("a minute is").isEqualTo(signedIn());
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE username = :u").param("u", user)
                .query(Long.class).single()).as("a success clears the failures").isZero();
    }

    @Test
    void manyFailuresFromOneAddressHoldBackEveryNameFromIt() throws Exception {
        String sprayer = newAddress();
        // Earlier failures of many names from the address, one fewer than the limit; the limit is reached by a real one.
        for (int n = 1; n < SignInThrottle.ADDRESS_LIMIT; n++) {
            jdbc.sql("INSERT INTO sign_in_failure (username, source, failed_at) VALUES (:u, :s, now())")
                    .param("u", unknownName()).param("s", sprayer).update();
        }
        signIn(unknownName(), "Winter2026", sprayer);
        String user = newAccount();
        assertThat(answer(signIn(user, "right-password", sprayer))).isEqualTo(failed());
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE username = :u AND action = 'SIGN_IN_THROTTLED'")
                        .param("u", user).query(String.class).single())
                .isEqualTo("from " + sprayer + ": 50 failed sign-ins from this address in 15 minutes");
        assertThat(answer(signIn(user, "right-password", newAddress()))).isEqualTo(signedIn());
    }

    @Test
    void aSwitchedOffAccountGetsTheAnswerOfAWrongPassword() throws Exception {
        String user = newAccount();
        jdbc.sql("UPDATE user_account SET enabled = false WHERE username = :u").param("u", user).update();
        assertThat(answer(signIn(user, "right-password", newAddress()))).isEqualTo(failed());
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE username = :u AND action = 'SIGN_IN_FAILED'")
                .param("u", user).query(String.class).single()).startsWith("DisabledException from ");
    }

    @Test
    void anUnknownNameTakesAsLongToRefuseAsAKnownOne() throws Exception {
        // Without a dummy hash for unknown names, refusing one takes a few milliseconds against a BCrypt check's
        // tens: the fastest of several tries of each is compared, which noise cannot make faster.
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            String account = newAccount();
            known.add(timed(account));
            unknown.add(timed(unknownName()));
        }
        assertThat(Collections.min(unknown)).as("unknown %s, known %s (ns)", unknown, known)
                .isGreaterThan(Collections.min(known) / 2);
    }

    @Test
    void anIpv6ClientIsCountedByItsNetworkSinceOneSubscriberHoldsAWhole64() {
        assertThat(SignInThrottle.sourceOf("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.sourceOf("2001:db8:1:2:bbbb::2"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottle.sourceOf("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.sourceOf("2001:db8:1:2::1"));
        assertThat(SignInThrottle.sourceOf("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(SignInThrottle.sourceOf("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(SignInThrottle.sourceOf("proxy.example")).isEqualTo("unknown");
    }

    private long timed(String username) throws Exception {
        String address = newAddress();
        long start = System.nanoTime();
        signIn(username, "wrong", address);
        return System.nanoTime() - start;
    }

    /** Moves a name's failures back in time, as if the address had waited. */
    private void earlier(String username, Duration by) {
        jdbc.sql("UPDATE sign_in_failure SET failed_at = failed_at - make_interval(secs => :s) WHERE username = :u")
                .param("s", by.toSeconds()).param("u", username).update();
    }

    @Autowired org.springframework.boot.web.server.autoconfigure.ServerProperties server;

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        Instant now = Instant.parse("2026-11-23T20:00:00Z");
        var timeout = new AbsoluteSessionTimeout(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
        assertThat(timeout.expired(now.minus(Duration.ofHours(11)).toEpochMilli())).isFalse();
        assertThat(timeout.expired(now.minus(Duration.ofHours(12)).minusSeconds(1).toEpochMilli())).isTrue();
    }
}
