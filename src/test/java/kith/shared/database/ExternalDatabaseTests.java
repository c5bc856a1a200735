package kith.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import kith.KithApplication;
import kith.support.KithProcess;
import kith.support.Postmasters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kith on an external PostgreSQL ({@code KITH_DB_URL}), which Kith does not run and cannot restart: while the
 * server is away Kith answers 503 (after at most the pool's 2 s for the first request, at once after that), and
 * when the server is back on its address the pool connects again by itself. A PostgreSQL started by the test
 * stands for the council's server.
 */
class ExternalDatabaseTests {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void whileTheServerIsAwayRequestsAreAnswered503AndThePoolReconnectsWhenItIsBack() throws Exception {
        Path data = Files.createTempDirectory("kith-external").resolve("postgres");
        int serverPort = KithProcess.freePort();
        EmbeddedPostgres server = server(data, serverPort);
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE kith");
        }
        String url = "jdbc:postgresql://localhost:" + serverPort + "/kith";
        ConfigurableApplicationContext kith = new SpringApplicationBuilder(KithApplication.class).run(
                "--kith.db.url=" + url, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.flyway.placeholders.app_role=postgres", "--kith.demo=true", "--server.port=0",
                // Without the demo year, which would record on a thread of its own and meet the outage too.
                "--kith.demo-year=false", "--logging.level.root=warn", "--logging.level.kith.shared.database=info");
        String base = "http://localhost:" + kith.getEnvironment().getProperty("local.server.port");
        try {
            assertThat(search(base).statusCode()).isEqualTo(200);

            Postmasters.kill(data);
            long start = System.nanoTime();
            HttpResponse<String> first = search(base);
            long firstMillis = millisSince(start);
            start = System.nanoTime();
            HttpResponse<String> next = search(base);
            long nextMillis = millisSince(start);

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(first.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(firstMillis).as("ms for the first request after the server went").isLessThan(5_000);
            assertThat(next.statusCode()).isEqualTo(503);
            assertThat(nextMillis).as("ms once Kith knows the server has gone").isLessThan(1_000);
            assertThat(health(base)).isEqualTo(503);

            server.close(); // releases the library's hold on the data folder; the server is already dead
            server = server(data, serverPort);
            awaitHealthy(base, Duration.ofSeconds(20));
            assertThat(search(base).statusCode()).as("answered again without restarting Kith").isEqualTo(200);
        } finally {
            kith.close();
            server.close();
        }
    }

    private static EmbeddedPostgres server(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(data)
                .setCleanDataDirectory(false).setPort(port).start();
    }

    private HttpResponse<String> search(String base) throws Exception {
        String basic = Base64.getEncoder().encodeToString("social.worker:kith-demo".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/people?q=Lovelace"))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(40)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int health(String base) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private void awaitHealthy(String base, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (health(base) != 200) {
            assertThat(System.nanoTime()).as("healthy again within %s", atMost).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
