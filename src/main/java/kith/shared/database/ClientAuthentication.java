package kith.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded cluster's pg_hba.conf: every role, the owner included, needs its password (scram-sha-256), and
 * only connections from this machine are accepted. The embedded library's initdb trusts every local connection
 * without a password; a data directory from an older Kith still has that file, and is upgraded in place.
 */
final class ClientAuthentication {

    private static final String FIRST_LINE = "# Kith: every role needs its password, and only this machine may connect.";

    static final String RULES = FIRST_LINE + """

            # Written by Kith at each start of its embedded PostgreSQL: changes made here are overwritten.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private ClientAuthentication() {}

    /** Whether the data directory already has Kith's rules (and so its roles have passwords). */
    static boolean inPlace(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("pg_hba.conf");
        return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).startsWith(FIRST_LINE);
    }

    /** Writes Kith's rules; a running server reads them at its next reload or start. */
    static void write(Path dataDirectory) {
        try {
            Path file = dataDirectory.resolve("pg_hba.conf");
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(RULES)) {
                return;
            }
            Path partial = dataDirectory.resolve("pg_hba.conf.partial");
            Files.deleteIfExists(partial);
            // Private like the rest of the data directory (initdb makes its files 0600).
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(ClusterPasswords.OWNER_ONLY));
            Files.writeString(partial, RULES, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write pg_hba.conf in " + dataDirectory, e);
        }
    }
}
