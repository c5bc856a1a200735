package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import kith.KithTest;
import kith.support.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;

    private String newAccount() {
        String username = "throttle." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "right-password", Role.PRACTITIONER, accounts.loadUserByUsername("social.worker").practitionerId());
        return username;
    }

    @Test
    void aSuccessfulSignInIsAudited() throws Exception {
        String user = newAccount();
        mvc.perform(formLogin("/sign-in").user(user).password("right-password")).andExpect(redirectedUrl("/"));
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aFailedSignInIsAuditedEvenForAnUnknownUser() throws Exception {
        mvc.perform(formLogin("/sign-in").user("no.such.user").password("x")).andExpect(redirectedUrl("/sign-in?error=invalid"));
        assertThat(AuditLog.count(jdbc, "no.such.user", "SIGN_IN_FAILED", "FAILED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void repeatedFailuresLockTheAccountSoEvenTheRightPasswordIsRefused() throws Exception {
        String user = newAccount();
        for (int i = 0; i < UserAccounts.FREE_ATTEMPTS; i++) {
            mvc.perform(formLogin("/sign-in").user(user).password("wrong")).andExpect(redirectedUrl("/sign-in?error=invalid"));
        }
        mvc.perform(formLogin("/sign-in").user(user).password("right-password"))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN_FAILED", "FAILED")).isEqualTo(UserAccounts.FREE_ATTEMPTS);
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN_REFUSED_LOCKED", "FAILED")).isEqualTo(1);
        assertThat(AuditLog.count(jdbc, user, "SIGN_IN", "ALLOWED")).isZero();
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() throws Exception {
        String user = newAccount();
        for (int i = 0; i < UserAccounts.FREE_ATTEMPTS - 1; i++) {
            mvc.perform(formLogin("/sign-in").user(user).password("wrong"));
        }
        mvc.perform(formLogin("/sign-in").user(user).password("right-password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theLockDoublesWithEachFurtherFailureUpToHalfAnHour() {
        assertThat(UserAccounts.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(UserAccounts.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(UserAccounts.lockFor(9)).isEqualTo(Duration.ofMinutes(16));
        assertThat(UserAccounts.lockFor(10)).isEqualTo(Duration.ofMinutes(30));
        assertThat(UserAccounts.lockFor(50)).isEqualTo(Duration.ofMinutes(30));
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
