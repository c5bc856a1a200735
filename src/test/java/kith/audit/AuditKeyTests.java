package kith.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit key comes from, and that a key file is never left readable by others. */
class AuditKeyTests {

    @TempDir Path folder;

    private static final String SET_KEY = "a-key-set-by-the-operator-of-at-least-32-characters";

    @Test
    void aKeyFileIsGeneratedAtFirstStartReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("data").resolve("audit.key");
        AuditKey key = AuditKey.from(new AuditSettings(null, file, null, null));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).trim()).hasSizeGreaterThanOrEqualTo(AuditKey.SHORTEST_KEY);
        assertThat(AuditKey.from(new AuditSettings(null, file, null, null)).sign("head"))
                .as("the same key at the next start").isEqualTo(key.sign("head"));
    }

    @Test
    void aKeySetInTheEnvironmentWinsAndNoFileIsWritten() {
        Path file = folder.resolve("audit.key");
        AuditKey key = AuditKey.from(new AuditSettings(SET_KEY, file, null, null));
        assertThat(file).doesNotExist();
        assertThat(key.signed("head", key.sign("head"))).isTrue();
        assertThat(AuditKey.from(new AuditSettings(SET_KEY + "!", file, null, null)).signed("head", key.sign("head")))
                .as("another key's signature").isFalse();
    }

    @Test
    void aKeyFileOthersMayReadIsRefused() throws Exception {
        Path file = folder.resolve("audit.key");
        Files.writeString(file, SET_KEY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> AuditKey.from(new AuditSettings(null, file, null, null)))
                .hasMessageContaining("chmod 600");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> AuditKey.from(new AuditSettings("too-short", folder.resolve("k"), null, null)))
                .hasMessageContaining("at least 32 characters");
    }

    @Test
    void checkpointsGoBesideTheKeyFileUnlessSetElsewhere() {
        Path file = folder.resolve("audit.key");
        assertThat(new AuditSettings(null, file, null, null).checkpointFile())
                .isEqualTo(folder.resolve("audit-checkpoints.log"));
    }
}
