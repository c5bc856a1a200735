package kith.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The crash tester's run: a Kith process on its own data folder with clients creating people through the API,
 * while the test kills the embedded postmaster (Kith is expected to restart it by itself) or Kith itself (the
 * test starts it again on the same folder and port). At the end, every creation that was answered 201 must be in
 * the database once, and the audit chain must verify.
 */
public final class CrashScenario implements AutoCloseable {

    /** After the postmaster was killed: how long until health said DOWN, UP again, and the next 201. */
    public record PostmasterKill(long toDownMillis, long toUpMillis, long toNextCreationMillis, boolean kithKeptRunning) {}

    /** After Kith was killed and started again: how long until health said UP, and the next 201. */
    public record KithKill(long toUpMillis, long toNextCreationMillis) {}

    /** What the database holds of what was acknowledged. */
    public record Outcome(int acknowledged, int lost, int duplicated, int unacknowledgedRows, int unanswered,
            boolean auditChainValid, long auditEntries, Map<String, Integer> failedAttempts, long retries) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path folder;
    private final Path data;
    private final int port;
    private final String familyName;
    private volatile KithProcess kith;
    private int starts;
    private CreationStream writes;
    private HealthWatch health;

    private CrashScenario(Path folder, int port, String familyName) {
        this.folder = folder;
        this.data = folder.resolve("postgres");
        this.port = port;
        this.familyName = familyName;
    }

    /** Starts Kith on a new folder, then {@code writers} clients and a watch on its health. */
    public static CrashScenario begin(int writers) throws IOException {
        var scenario = new CrashScenario(Files.createTempDirectory("kith-crash"), KithProcess.freePort(),
                "Crash" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", ""));
        try {
            scenario.startKith();
            scenario.health = HealthWatch.of(() -> scenario.kith.health());
            scenario.writes = CreationStream.start(() -> scenario.kith.base(), scenario.familyName, writers);
            return scenario;
        } catch (IOException | RuntimeException e) {
            scenario.closeQuietly();
            throw e;
        }
    }

    private void startKith() throws IOException {
        starts++;
        kith = KithProcess.start(data, port, folder.resolve("kith-" + starts + ".log"));
        kith.awaitHealthy(Duration.ofMinutes(3));
    }

    public Path dataDirectory() {
        return data;
    }

    public KithProcess kith() {
        return kith;
    }

    /** Waits until {@code more} creations beyond those so far have been acknowledged. */
    public void awaitMoreCreations(int more) {
        writes.awaitAcknowledged(writes.acknowledgedCount() + more, Duration.ofMinutes(2));
    }

    /** kill -9 of the embedded postmaster, then waits for Kith to say DOWN, UP and to acknowledge again. */
    public PostmasterKill killPostmaster() {
        long kithPid = kith.pid();
        long killedAt = System.nanoTime();
        Postmasters.kill(data);
        long downAt = health.first("DOWN", killedAt, 10_000);
        long upAt = health.first("UP", Math.max(downAt, killedAt), 60_000);
        long created = awaitCreationAfter(killedAt);
        return new PostmasterKill(millis(killedAt, downAt), millis(killedAt, upAt), millis(killedAt, created),
                kith.isAlive() && kith.pid() == kithPid);
    }

    /** kill -9 of Kith (its postmaster is left orphaned), then starts it again on the same folder and port. */
    public KithKill killKith() throws IOException, InterruptedException {
        long killedAt = System.nanoTime();
        kith.kill();
        startKith();
        long upAt = health.first("UP", killedAt, 60_000);
        long created = awaitCreationAfter(killedAt);
        return new KithKill(millis(killedAt, upAt), millis(killedAt, created));
    }

    private long awaitCreationAfter(long since) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long created;
        while ((created = writes.firstAcknowledgedAfter(since)) < 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return created;
    }

    /** Stops the clients (each first finishes what it is sending), then compares the database with the 201s. */
    public Outcome finish() throws Exception {
        writes.stop();
        List<CreationStream.Acknowledged> acknowledged = writes.acknowledged();
        Map<UUID, String> rows = new HashMap<>();
        Map<String, Integer> perName = new HashMap<>();
        try (Connection connection = Postmasters.connectAsOwner(data, "kith");
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, given_name FROM person WHERE family_name = ?")) {
            statement.setString(1, familyName);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getObject(1, UUID.class), result.getString(2));
                    perName.merge(result.getString(2), 1, Integer::sum);
                }
            }
        }
        int lost = 0;
        Set<String> acknowledgedNames = new HashSet<>();
        for (var creation : acknowledged) {
            acknowledgedNames.add(creation.givenName());
            if (!creation.givenName().equals(rows.get(creation.id()))) {
                lost++;
            }
        }
        int duplicated = perName.values().stream().mapToInt(count -> count - 1).sum();
        int unacknowledgedRows = (int) perName.keySet().stream().filter(name -> !acknowledgedNames.contains(name)).count();
        String verification = get("/api/v1/audit/verify", "admin");
        return new Outcome(acknowledged.size(), lost, duplicated, unacknowledgedRows, writes.unanswered().size(),
                verification.contains("\"valid\":true"), entries(verification), writes.failures(), writes.retries());
    }

    /**
     * Reads about {@code howMany} of the acknowledged people back through the API, as a user would, spread over
     * the whole run; returns the keys of those not found with the name they were created with.
     */
    public List<String> unreadableThroughTheApi(int howMany) throws IOException, InterruptedException {
        List<CreationStream.Acknowledged> acknowledged = writes.acknowledged();
        List<String> unreadable = new java.util.ArrayList<>();
        int step = Math.max(1, acknowledged.size() / Math.max(1, howMany));
        for (int i = 0; i < acknowledged.size(); i += step) {
            var creation = acknowledged.get(i);
            if (!get("/api/v1/people/" + creation.id(), "social.worker").contains("\"givenName\":\"" + creation.givenName() + "\"")) {
                unreadable.add(creation.key());
            }
        }
        return unreadable;
    }

    private String get(String path, String username) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":kith-demo").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(kith.base() + path)).header("Authorization", "Basic " + basic)
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long entries(String verification) {
        var matcher = java.util.regex.Pattern.compile("\"entries\"\\s*:\\s*(\\d+)").matcher(verification);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static long millis(long from, long to) {
        return to < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    /** Stops Kith with SIGTERM and leaves no PostgreSQL running on the folder. */
    @Override
    public void close() throws Exception {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (writes != null) {
                writes.close();
            }
            if (health != null) {
                health.close();
            }
            if (kith != null) {
                kith.close();
            }
            Postmasters.stop(data);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
