package kith.support;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The CPU time the embedded PostgreSQL has used so far: its postmaster and every process it started
 * (connection backends, background workers), from /proc. With the application's own CPU time it says what a
 * request costs the machine, a figure that other work on a shared machine disturbs far less than requests
 * per second. Workers that have exited by the time of reading are not counted; the pool's backends stay.
 */
public final class PostgresCpu {

    // USER_HZ: Linux reports process times in hundredths of a second on every usual architecture.
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long postmaster;

    private PostgresCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** Finds the postmaster through its pid file; {@code superuser} must be allowed to read data_directory. */
    public static PostgresCpu of(DataSource superuser) throws SQLException, IOException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement();
                ResultSet directory = statement.executeQuery("SHOW data_directory")) {
            directory.next();
            String pid = Files.readAllLines(Path.of(directory.getString(1), "postmaster.pid")).getFirst().strip();
            return new PostgresCpu(Long.parseLong(pid));
        }
    }

    /** User and system CPU time of the postmaster and its children, in nanoseconds. */
    public long nanos() throws IOException {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String stat;
                try {
                    stat = Files.readString(process.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // After the command name in parentheses: state, ppid, … utime is field 14, stime 15.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == postmaster || Long.parseLong(fields[1]) == postmaster) {
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return ticks * NANOS_PER_TICK;
    }
}
