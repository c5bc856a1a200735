package kith.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** STACK_NOTES trap 2: a PostgreSQL orphaned by a killed Kith must not stop the next start. */
class LeftoverPostmasterTests {

    @Test
    void stopsAPostmasterLeftRunningOnTheDataFolderSoTheNextStartSucceeds() throws Exception {
        Path directory = Files.createTempDirectory("kith-leftover").resolve("postgres");
        Files.createDirectories(directory);
        // The first "Kith" starts PostgreSQL and dies without closing it, as after kill -9.
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), OrphanedPostgres.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(first.getInputStream().readAllBytes());
        assertThat(first.waitFor()).as(output).isZero();
        assertThat(output).contains("STARTED");
        long orphanPid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();

        assertThat(LeftoverPostmaster.stopIfRunning(directory)).isTrue();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        try (EmbeddedPostgres next = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                        .setDataDirectory(directory).setCleanDataDirectory(false).start();
                Connection connection = next.getPostgresDatabase().getConnection();
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(result.next()).isTrue();
        }
    }

    @Test
    void leavesAStalePidFileAndOtherProcessesAlone() throws Exception {
        Path directory = Files.createTempDirectory("kith-stale");
        Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory + "\n");
        // Our own JVM's pid is alive but is not a postmaster of this folder: nothing is stopped.
        assertThat(LeftoverPostmaster.stopIfRunning(directory)).isFalse();
        Files.writeString(directory.resolve("postmaster.pid"), "999999999\n" + directory + "\n");
        assertThat(LeftoverPostmaster.stopIfRunning(directory)).isFalse();
        assertThat(LeftoverPostmaster.stopIfRunning(Files.createTempDirectory("kith-empty"))).isFalse();
    }
}
