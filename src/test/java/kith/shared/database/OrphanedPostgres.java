package kith.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Run as its own JVM by {@link LeftoverPostmasterTests}: starts PostgreSQL on a folder and halts at once, as
 * Kith does under kill -9, leaving the postmaster running without its parent.
 */
public final class OrphanedPostgres {

    private OrphanedPostgres() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).start();
        System.out.println("STARTED");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
