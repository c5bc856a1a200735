package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import kith.support.CrashScenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The longer crash run: 20 kills, taking turns between the embedded postmaster and Kith itself, with clients
 * creating people throughout. Nothing acknowledged may be lost or recorded twice. Heavy (several minutes), so it
 * runs only with {@code ./mvnw -Pbenchmark verify}; each run overwrites
 * {@code docs/benchmarks/crash-recovery-latest.txt}.
 */
@Tag("benchmark")
class CrashRecoveryBenchmarkTests {

    static final int KILLS = 20;
    static final int WRITERS = 4;
    static final int CREATIONS_BETWEEN_KILLS = 25;
    static final Path LATEST = Path.of("docs", "benchmarks", "crash-recovery-latest.txt");

    @Test
    void twentyKillsOfThePostmasterOrOfKithLoseAndDoubleNothingAcknowledged() throws Exception {
        String started = now();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        List<CrashScenario.PostmasterKill> postmasterKills = new ArrayList<>();
        List<CrashScenario.KithKill> kithKills = new ArrayList<>();
        CrashScenario.Outcome outcome;
        List<String> unreadable;
        long runStart = System.nanoTime();
        try (CrashScenario run = CrashScenario.begin(WRITERS)) {
            for (int kill = 0; kill < KILLS; kill++) {
                run.awaitMoreCreations(CREATIONS_BETWEEN_KILLS);
                if (kill % 2 == 0) {
                    postmasterKills.add(run.killPostmaster());
                } else {
                    kithKills.add(run.killKith());
                }
            }
            run.awaitMoreCreations(CREATIONS_BETWEEN_KILLS);
            outcome = run.finish();
            unreadable = run.unreadableThroughTheApi(20);
        }
        long runSeconds = (System.nanoTime() - runStart) / 1_000_000_000L;
        String report = report(started, loadBefore, Files.readString(Path.of("/proc/loadavg")).strip(), runSeconds,
                postmasterKills, kithKills, outcome, unreadable);
        Files.createDirectories(LATEST.getParent());
        Files.writeString(LATEST, report);
        System.out.println(report);

        assertThat(outcome.lost()).as("acknowledged creations lost").isZero();
        assertThat(outcome.duplicated()).as("creations recorded twice").isZero();
        assertThat(outcome.unacknowledgedRows()).isZero();
        assertThat(outcome.unanswered()).isZero();
        assertThat(outcome.auditChainValid()).isTrue();
        assertThat(unreadable).isEmpty();
        assertThat(postmasterKills).allSatisfy(kill -> {
            assertThat(kill.toDownMillis()).isBetween(0L, 2_000L);
            assertThat(kill.toUpMillis()).isPositive();
            assertThat(kill.kithKeptRunning()).isTrue();
        });
        assertThat(kithKills).allSatisfy(kill -> assertThat(kill.toNextCreationMillis()).isPositive());
    }

    private static String report(String started, String loadBefore, String loadAfter, long runSeconds,
            List<CrashScenario.PostmasterKill> postmaster, List<CrashScenario.KithKill> kith,
            CrashScenario.Outcome outcome, List<String> unreadable) {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var text = new StringBuilder();
        text.append(String.format(Locale.UK, """
                Crash recovery: %d kills (%d of the embedded postmaster, %d of Kith), %d clients creating people
                When:        %s, %d s in all
                Machine:     %d cores, %.1f GiB memory, %s
                JDK:         %s %s
                Load:        %s at the start, %s at the end (1, 5 and 15 minute averages, then running/all tasks)
                Kith:        its own process, default configuration (fsync and synchronous_commit on), -Xmx512m

                """, postmaster.size() + kith.size(), postmaster.size(), kith.size(), WRITERS, started, runSeconds,
                Runtime.getRuntime().availableProcessors(), system.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.vendor"), Runtime.version(), loadBefore, loadAfter));
        text.append(String.format(Locale.UK, """
                Creations answered 201:                %d
                Lost (201 but not in the database):    %d
                Recorded twice:                        %d
                Recorded without a 201:                %d
                Never answered 201:                    %d
                Read back through the API:             %s
                Audit chain:                           %s (%d entries)
                Failed attempts, each sent again:      %d %s

                """, outcome.acknowledged(), outcome.lost(), outcome.duplicated(), outcome.unacknowledgedRows(),
                outcome.unanswered(), unreadable.isEmpty() ? "all of a sample of 20 found" : unreadable.size() + " missing",
                outcome.auditChainValid() ? "verifies" : "BROKEN", outcome.auditEntries(), outcome.retries(),
                outcome.failedAttempts()));
        text.append("Postmaster killed (Kith keeps running and restarts it), ms after the kill:\n");
        text.append(row("health DOWN", postmaster, CrashScenario.PostmasterKill::toDownMillis));
        text.append(row("health UP", postmaster, CrashScenario.PostmasterKill::toUpMillis));
        text.append(row("next 201", postmaster, CrashScenario.PostmasterKill::toNextCreationMillis));
        text.append("\nKith killed (started again on the same folder), ms after the kill:\n");
        text.append(row("health UP", kith, CrashScenario.KithKill::toUpMillis));
        text.append(row("next 201", kith, CrashScenario.KithKill::toNextCreationMillis));
        return text.toString();
    }

    private static <T> String row(String what, List<T> kills, ToLongFunction<T> figure) {
        long[] values = kills.stream().mapToLong(figure).sorted().toArray();
        StringBuilder all = new StringBuilder();
        kills.forEach(kill -> all.append(all.isEmpty() ? "" : " ").append(figure.applyAsLong(kill)));
        return String.format(Locale.UK, "  %-12s min %6d  median %6d  max %6d   each: %s%n", what, values[0],
                values[values.length / 2], values[values.length - 1], all);
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
