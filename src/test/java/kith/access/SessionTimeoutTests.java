package kith.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.support.FormSignIn;
import kith.support.Sessions;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The server's part in sessions ending kindly: every signed-in page tells its timeout warning how long the session
 * has, the keep-alive only refreshes the session, and a form sent after the session ended goes back through sign-in
 * ("we signed you out") to the page it came from instead of answering "you do not have access"; a draft saved by
 * htmx then answers 401, which the page shows as "you have been signed out".
 */
@KithTest
class SessionTimeoutTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired FamilyHelpMother mother;
    @Autowired Sessions sessions;
    @LocalServerPort int port;

    /** The browser sends a session cookie for a session the server no longer has. */
    static final RequestPostProcessor ENDED_SESSION = request -> {
        request.setRequestedSessionId("ended-" + UUID.randomUUID());
        request.setRequestedSessionIdValid(false);
        return request;
    };

    /** The browser sends the cookie of a session the server has. */
    static final RequestPostProcessor LIVE_SESSION = request -> {
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        request.setRequestedSessionId(session.getId());
        request.setRequestedSessionIdValid(true);
        return request;
    };

    @Test
    void aSignedInPageTellsItsWarningTheIdleTimeoutWhenToWarnAndWhoIsSignedIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(1800);
        mvc.perform(get("/").session(session).with(users.as("social.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-idle-seconds=\"1800\"")))
                .andExpect(content().string(Matchers.containsString("data-warning-seconds=\"300\"")))
                .andExpect(content().string(Matchers.containsString("data-user=\"social.worker\"")))
                .andExpect(content().string(Matchers.containsString("data-return=\"/\"")))
                .andExpect(content().string(Matchers.containsString("You’re about to be signed out")))
                .andExpect(content().string(Matchers.containsString("Stay signed in")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*src=\"/js/session-[0-9a-f]{32}\\.js\".*")));
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("kith-session"))));
    }

    @Test
    void theWarningComesFiveMinutesBeforeTheEndOrHalfwayThroughAShortSessionAndTheTwelveHoursCount() {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(1800);
        SessionLimits limits = new SessionLimits(Duration.ofHours(12), Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(1)), ZoneOffset.UTC));
        SessionLimits.Left left = limits.of(session);
        assertThat(left.warningSeconds()).isEqualTo(300);
        assertThat(left.secondsLeft()).as("idle: thirty minutes").isEqualTo(1800);

        SessionLimits late = new SessionLimits(Duration.ofHours(12), Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofMinutes(11 * 60 + 58)),
                        ZoneOffset.UTC));
        assertThat(late.of(session).secondsLeft()).as("two minutes of the twelve hours left").isEqualTo(120);

        session.setMaxInactiveInterval(12);
        assertThat(limits.of(session).warningSeconds()).isEqualTo(6);
        session.setMaxInactiveInterval(-1);
        assertThat(limits.of(session)).as("a session that never times out has no warning").isNull();
    }

    @Test
    void theKeepAliveRefreshesTheSessionAndSaysHowLongItHasForSomeoneSignedInOnly() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String cookie = FormSignIn.signIn(http, base, "social.worker").cookie();
        var session = sessions.of(cookie.substring("KITH_SESSION=".length()));
        long before = session.getLastAccessedTime();
        // Sessions count time in milliseconds: let one pass, so that a refresh is seen as one.
        await().atMost(Duration.ofSeconds(1)).until(() -> System.currentTimeMillis() > before + 1);

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/session/keep-alive"))
                .header("Cookie", cookie).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).matches("\\{\"secondsLeft\":1800}");
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        // The container counts the request as the session's use once it has finished with it, just after answering.
        await("the idle timeout starts again").atMost(Duration.ofSeconds(2))
                .until(() -> session.getLastAccessedTime() > before);

        HttpResponse<String> nobody = http.send(HttpRequest.newBuilder(URI.create(base + "/session/keep-alive"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nobody.statusCode()).isEqualTo(302);
        assertThat(nobody.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
    }

    @Test
    void aFormSentAfterTheSessionEndedGoesBackThroughSignInToThePageItCameFrom() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Quinn", "Lapsed", ReferralDecision.TARGETED_EARLY_HELP);
        String form = "/family-help/" + episode.id() + "/visits/new";

        // The session's CSRF token went with it: not "you do not have access", but back to the form's page.
        mvc.perform(post("/family-help/" + episode.id() + "/visits").with(ENDED_SESSION)
                        .header("Referer", "http://localhost" + form).param("whatWasSaid", "Typed after the end"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(form));
        // A draft saved as she types hears that she is signed out.
        mvc.perform(post("/family-help/" + episode.id() + "/visits/draft").with(ENDED_SESSION)
                        .header("HX-Request", "true").param("whatWasSaid", "Typed after the end"))
                .andExpect(status().isUnauthorized());
        // The page itself goes to sign in, which says why; and signing in comes back to it.
        mvc.perform(get(form).with(ENDED_SESSION))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in?timed-out"));
        mvc.perform(get("/sign-in").queryParam("timed-out", ""))
                .andExpect(content().string(Matchers.containsString("For your security, we signed you out")));
        // Only ever back to a page of Kith's.
        mvc.perform(post("/family-help/" + episode.id() + "/visits").with(ENDED_SESSION)
                        .header("Referer", "https://elsewhere.example/somewhere?x=1"))
                .andExpect(redirectedUrl("/somewhere?x=1"));
        assertThat(SessionLimits.localPath("//elsewhere.example/x")).isEqualTo("/x");
        assertThat(SessionLimits.localPath("javascript:alert(1)")).isEqualTo("/");
        assertThat(SessionLimits.localPath("http://localhost/a\\b")).isEqualTo("/");
    }

    @Test
    void aMissingTokenWithALiveSessionIsStillRefusedAndTheApiStillAnswers401() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Rory", "Tokenless", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(post("/family-help/" + episode.id() + "/visits/draft").with(users.as("health.visitor"))
                        .with(LIVE_SESSION).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/work-tray").with(ENDED_SESSION)).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
        mvc.perform(get("/session/keep-alive").with(users.as("health.visitor")).session(withTimeout(1800)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.secondsLeft").value(1800));
    }

    private static MockHttpSession withTimeout(int seconds) {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(seconds);
        return session;
    }
}
