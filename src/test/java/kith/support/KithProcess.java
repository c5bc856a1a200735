package kith.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Kith run as its own process, as {@code ./mvnw spring-boot:run} runs it: the default (durable) configuration,
 * the embedded database on a data directory of the test's choosing, on a port of its choosing, so that the
 * process can be killed outright and started again where it was. Its output goes to a log file, whose end a
 * failing assertion can show.
 */
public final class KithProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private KithProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Kith on {@code dataDirectory} and {@code port}; call {@link #awaitHealthy} before using it. */
    public static KithProcess start(Path dataDirectory, int port, Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "kith.KithApplication",
                "--kith.db.embedded.data-directory=" + dataDirectory,
                "--server.port=" + port,
                "--logging.level.root=warn",
                "--logging.level.kith=info",
                // The demo year records for minutes on a thread of its own: load these tests do not measure.
                "--kith.demo-year=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new KithProcess(process, port, log);
    }

    /** A port that was free a moment ago. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until {@code /actuator/health} answers UP; fails if the process ends first. */
    public void awaitHealthy(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!"UP".equals(health())) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kith exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kith was not healthy within " + atMost + ":\n" + logTail());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    /** UP or DOWN as {@code /actuator/health} says, or null when nothing answers within a second. */
    public String health() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body().contains("\"UP\"") ? "UP" : response.body().contains("\"DOWN\"") ? "DOWN" : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook runs, and the embedded postmaster is left running without its parent. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager stops Kith. */
    public void terminate() {
        process.destroy();
    }

    public boolean awaitExit(Duration atMost) throws InterruptedException {
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exit status, once exited. */
    public int exitValue() {
        return process.exitValue();
    }

    /** The last lines Kith wrote, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
