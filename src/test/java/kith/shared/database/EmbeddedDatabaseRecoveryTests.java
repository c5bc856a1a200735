package kith.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import kith.KithTest;
import kith.support.FormSignIn;
import kith.support.Postmasters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, with the running Kith's embedded postmaster killed (kill -9): health says DOWN within 2 s and
 * UP again once Kith has restarted PostgreSQL by itself, and while the database cannot be restarted (its port is
 * taken) requests are answered 503 at once, where they used to wait 30 s for a connection and fail.
 */
@KithTest
class EmbeddedDatabaseRecoveryTests {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @LocalServerPort int port;
    @Autowired EmbeddedCluster cluster;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthSaysDownWithinTwoSecondsOfThePostmastersDeathAndUpOnceKithHasStartedItAgain() throws Exception {
        assertThat(health()).isEqualTo("UP");
        UUID recorded = createdId(create("Grace"));
        onDisk();
        int databasePort = cluster.port();

        long killedAt = System.nanoTime();
        long killed = Postmasters.kill(cluster.dataDirectory());
        long downAt = awaitHealth("DOWN", Duration.ofSeconds(5));
        long upAt = awaitHealth("UP", Duration.ofSeconds(30));

        assertThat(TimeUnit.NANOSECONDS.toMillis(downAt - killedAt)).as("ms until health said DOWN").isLessThan(2_000);
        assertThat(upAt).isGreaterThan(downAt);
        assertThat(Postmasters.pidOf(cluster.dataDirectory())).get().isNotEqualTo(killed);
        assertThat(cluster.port()).as("the pools' URLs still lead to it").isEqualTo(databasePort);
        assertThat(send(api("/api/v1/people/" + recorded).GET()).statusCode()).isEqualTo(200);
        assertThat(create("Mary").statusCode()).isEqualTo(201);
    }

    @Test
    void anApiRequestWhileTheDatabaseIsAwayIsAnswered503WithAProblemAtOnce() throws Exception {
        try (ServerSocket taken = Postmasters.killAndHoldPort(cluster.dataDirectory(), cluster.port())) {
            awaitHealth("DOWN", Duration.ofSeconds(5));

            long start = System.nanoTime();
            HttpResponse<String> creation = create("Ada");
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(creation.statusCode()).isEqualTo(503);
            assertThat(tookMillis).as("ms to answer").isLessThan(1_000);
            assertThat(creation.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(creation.headers().firstValue("Retry-After")).isPresent();
            assertThat(creation.body()).contains("\"status\":503").contains("Service unavailable")
                    .doesNotContain("Exception").doesNotContain("jdbc");
            assertThat(send(api("/api/v1/people?q=Lovelace").GET()).statusCode()).isEqualTo(503);
        }
        awaitHealth("UP", Duration.ofSeconds(30));
        assertThat(create("Ada").statusCode()).as("Kith carries on once the database is back").isEqualTo(201);
    }

    @Test
    void aPageWhileTheDatabaseIsAwayIsTheSorryPageWith503() throws Exception {
        String session = FormSignIn.signIn(http, base(), "social.worker").cookie();
        try (ServerSocket taken = Postmasters.killAndHoldPort(cluster.dataDirectory(), cluster.port())) {
            awaitHealth("DOWN", Duration.ofSeconds(5));

            long start = System.nanoTime();
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "/people"))
                    .header("Cookie", session).header("Accept", BROWSER_ACCEPT).GET());
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(tookMillis).as("ms to answer").isLessThan(1_000);
            assertThat(page.body()).contains("Sorry, there is a problem with the service").contains("govuk-header")
                    .contains("Try again later").doesNotContain("Exception").doesNotContain("jdbc");
        }
        awaitHealth("UP", Duration.ofSeconds(30));
        assertThat(send(HttpRequest.newBuilder(URI.create(base() + "/people")).header("Cookie", session)
                .header("Accept", BROWSER_ACCEPT).GET()).statusCode()).isEqualTo(200);
    }

    /** The tests' cluster commits asynchronously (application-test.yml): put what was committed on disk first. */
    private void onDisk() throws Exception {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    private HttpResponse<String> create(String givenName) throws Exception {
        return send(api("/api/v1/people")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"givenName":"%s","familyName":"Outage","dateOfBirth":"2015-03-04","sex":"F"}""".formatted(givenName))));
    }

    private static UUID createdId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        return UUID.fromString(id.group(1));
    }

    private HttpRequest.Builder api(String path) {
        String basic = Base64.getEncoder().encodeToString("social.worker:kith-demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Basic " + basic);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** UP or DOWN; each answer must come within a second. */
    private String health() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.body().contains("\"UP\"") ? "UP" : response.body().contains("\"DOWN\"") ? "DOWN" : response.body();
    }

    /** Asks for health every 20 ms until it is {@code status}; returns when it was asked (System.nanoTime). */
    private long awaitHealth(String status, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            long askedAt = System.nanoTime();
            if (health().equals(status)) {
                return askedAt;
            }
            assertThat(System.nanoTime()).as("health %s within %s", status, atMost).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
