package kith.support;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTP load from wrk, the Debian package: a fixed number of connections, each sending its next request as
 * soon as the last is answered (a closed loop), for a fixed time. The requests go in turn through a list of
 * paths, each wrk thread with its own signed-in session (script {@code wrk/rotating-get.lua}).
 *
 * <p>wrk is C and spends little of the machine on itself, which matters when it shares two cores with Kith and
 * PostgreSQL; a JVM load generator would take a larger, less predictable share.
 */
public final class Wrk {

    /** How hard and how long: wrk's -t, -c and -d. */
    public record Load(int threads, int connections, Duration duration) {

        public String describe() {
            return "%d threads, %d connections, %d s".formatted(threads, connections, duration.toSeconds());
        }
    }

    /** What wrk measured; latencies in milliseconds. Errors are failed sockets, timeouts and 4xx or 5xx answers. */
    public record Figures(long requests, double seconds, long bytes, double mean, double p50, double p95, double p99,
            double max, long errors) {

        public double perSecond() {
            return requests / seconds;
        }
    }

    private final Path script;

    private Wrk(Path script) {
        this.script = script;
    }

    /** wrk, if it is installed; otherwise says how to install it. */
    public static Wrk installed() {
        boolean found = List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, "wrk")));
        if (!found) {
            throw new IllegalStateException("wrk is not installed: run 'apt-get install wrk' (Debian), or "
                    + "docs/benchmarks/run-child-page-load.sh, which installs it");
        }
        try {
            return new Wrk(Path.of(Wrk.class.getResource("/wrk/rotating-get.lua").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** wrk's version line ("wrk debian/4.1.0-3+b2 [epoll] …"). */
    public String version() throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return output.lines().findFirst().orElse("wrk").replaceAll("\\s+Copyright.*", "");
    }

    /**
     * Sends GETs to {@code base} (like "http://127.0.0.1:8080") for the paths in the file, in turn; each wrk thread
     * sends the cookie of its own line in {@code cookies}.
     */
    public Figures run(String base, Path paths, Path cookies, Load load) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t" + load.threads(), "-c" + load.connections(),
                "-d" + load.duration().toSeconds() + "s", "--timeout", "10s", "-s", script.toString(), base,
                "--", paths.toAbsolutePath().toString(), cookies.toAbsolutePath().toString(),
                String.valueOf(load.threads()))
                .redirectErrorStream(true)
                .start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(load.duration().toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            wrk.destroy();
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return figures(output);
    }

    private static Figures figures(String output) {
        String line = output.lines().filter(l -> l.startsWith("wrk-result ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No figures from wrk:\n" + output));
        Map<String, Double> values = new HashMap<>();
        for (String pair : line.substring("wrk-result ".length()).split(" ")) {
            String[] parts = pair.split("=");
            values.put(parts[0], Double.parseDouble(parts[1]));
        }
        long errors = (long) (values.get("connect") + values.get("read") + values.get("write") + values.get("status")
                + values.get("timeout"));
        return new Figures(values.get("requests").longValue(), values.get("duration_us") / 1e6,
                values.get("bytes").longValue(), values.get("mean_us") / 1e3, values.get("p50_us") / 1e3,
                values.get("p95_us") / 1e3, values.get("p99_us") / 1e3, values.get("max_us") / 1e3, errors);
    }
}
