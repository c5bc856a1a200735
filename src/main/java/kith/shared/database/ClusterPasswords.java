package kith.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded cluster's two roles, made at its first start and kept in a file beside the data
 * directory that only the user running Kith may read (POSIX 0600): whoever can read the file can open the
 * database, so it is as private as the data directory itself.
 */
final class ClusterPasswords {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(ClusterPasswords.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String owner;
    private final String app;

    private ClusterPasswords(String owner, String app) {
        this.owner = owner;
        this.app = app;
    }

    /** The passwords in {@code file}; new ones, written to it first, when it does not exist yet. */
    static ClusterPasswords readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        var passwords = new ClusterPasswords(generate(), generate());
        writePrivately(file, """
                # The passwords of the roles of Kith's embedded PostgreSQL, made by Kith at its first start on the
                # data directory beside this file. Anyone who can read this file can open the database.
                %s=%s
                %s=%s
                """.formatted(EmbeddedCluster.OWNER, passwords.owner, EmbeddedCluster.APP_ROLE, passwords.app));
        return passwords;
    }

    /** The passwords in {@code file}, which must exist; its permissions are narrowed to the owner if wider. */
    static ClusterPasswords read(Path file) throws IOException {
        keepPrivate(file);
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String owner = properties.getProperty(EmbeddedCluster.OWNER);
        String app = properties.getProperty(EmbeddedCluster.APP_ROLE);
        if (owner == null || owner.isBlank() || app == null || app.isBlank()) {
            throw new IllegalStateException("The password file " + file + " does not name a password for both "
                    + EmbeddedCluster.OWNER + " and " + EmbeddedCluster.APP_ROLE);
        }
        return new ClusterPasswords(owner.strip(), app.strip());
    }

    String owner() {
        return owner;
    }

    String app() {
        return app;
    }

    /**
     * Writes the owner's password alone to a new private file, the form initdb's {@code --pwfile} reads, so that
     * a new cluster never has a moment without a password. The caller deletes it once initdb has run.
     */
    Path writeOwnerPasswordFor(Path initdbFile) throws IOException {
        writePrivately(initdbFile, owner + "\n");
        return initdbFile;
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Creates the file with owner-only permissions from the start (never readable by others, even for a moment),
     * flushes it to disk, and moves it into place whole.
     */
    private static void writePrivately(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (FileChannel channel = FileChannel.open(partial, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), posixAttributes())) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static FileAttribute<?>[] posixAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    private static void keepPrivate(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("The password file {} could be read by others; it is now readable by its owner only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
