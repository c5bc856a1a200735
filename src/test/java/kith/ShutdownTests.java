package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import kith.support.CreationStream;
import kith.support.KithProcess;
import kith.support.Postmasters;
import org.junit.jupiter.api.Test;

/**
 * A service manager stops Kith with SIGTERM and kills it if it has not gone within its grace period (systemd
 * waits 90 s, Kubernetes 30 s). Kith used to wait for ever when its database had gone; it must exit within 30 s,
 * and leave no PostgreSQL behind.
 */
class ShutdownTests {

    @Test
    void sigtermStopsKithWithin30SecondsWhileItsDatabaseIsGone() throws Exception {
        Path folder = Files.createTempDirectory("kith-shutdown");
        Path data = folder.resolve("postgres");
        try (KithProcess kith = KithProcess.start(data, KithProcess.freePort(), folder.resolve("kith.log"))) {
            kith.awaitHealthy(Duration.ofMinutes(3));
            // Killed, and kept from starting again: its port is taken.
            try (ServerSocket taken = Postmasters.killAndHoldPort(data, Postmasters.portOf(data));
                    CreationStream writes = CreationStream.start(kith::base, "Shutdown", 2)) {
                awaitDown(kith);

                long signalled = System.nanoTime();
                kith.terminate();
                boolean exited = kith.awaitExit(Duration.ofSeconds(30));
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);

                assertThat(exited).as("exited within 30 s of SIGTERM; it wrote:\n%s", kith.logTail()).isTrue();
                assertThat(tookMillis).isLessThan(30_000);
                assertThat(kith.exitValue()).as("an asked-for stop is not a failure (spring-boot:run said BUILD FAILURE)")
                        .isZero();
            }
            assertThat(Postmasters.running(data)).as("a PostgreSQL left running on the data folder").isFalse();
        } finally {
            Postmasters.stop(data);
        }
    }

    private static void awaitDown(KithProcess kith) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!"DOWN".equals(kith.health())) {
            assertThat(System.nanoTime()).as("health DOWN").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }
}
