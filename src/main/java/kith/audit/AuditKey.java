package kith.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that signs checkpoints of the audit chain. It is held by Kith, never by the database: it is not
 * sent in any statement, so a database superuser (who could read statement logs) never sees it.
 *
 * <p>{@code KITH_AUDIT_KEY} wins when set. Otherwise the key is read from the key file, which is generated
 * at first start (32 random bytes, Base64) readable and writable by its owner only; a key file that others
 * may read is refused rather than trusted.
 */
final class AuditKey {

    static final int SHORTEST_KEY = 32;
    private static final String HMAC = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final SecretKeySpec key;

    private AuditKey(String secret) {
        if (secret.length() < SHORTEST_KEY) {
            throw new IllegalStateException("The audit key must be at least " + SHORTEST_KEY + " characters long");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    static AuditKey from(AuditSettings settings) {
        if (settings.key() != null && !settings.key().isBlank()) {
            return new AuditKey(settings.key().trim());
        }
        return new AuditKey(readOrCreate(settings.keyFile().toAbsolutePath()));
    }

    /** HMAC-SHA256 of the text with this key, in hex. */
    String sign(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is required by every JVM", e);
        }
    }

    /** Whether the signature is this key's signature of the text (compared in constant time). */
    boolean signed(String text, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign(text).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AuditKey[hidden]";
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            refuseIfOthersMayRead(file);
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or create the audit key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
        try {
            // Created with owner-only permissions, never readable by others even for a moment.
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another Kith on the same folder created it first: use theirs
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
    }

    private static void refuseIfOthersMayRead(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalStateException("The audit key file " + file + " may be read by others ("
                    + PosixFilePermissions.toString(permissions) + "): allow its owner only (chmod 600)");
        }
    }
}
