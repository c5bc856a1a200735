package kith.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the audit key and the signed checkpoints live, and how often a checkpoint is signed.
 *
 * @param key the audit key itself ({@code KITH_AUDIT_KEY}); when set, no key file is read or written
 * @param keyFile the key file used when no key is set, generated at first start readable by its owner only
 * @param checkpointFile where signed checkpoints are appended; by default beside the key file
 * @param checkpointInterval how often the chain head is signed when it has moved
 */
@ConfigurationProperties("kith.audit")
record AuditSettings(String key, Path keyFile, Path checkpointFile, Duration checkpointInterval) {

    AuditSettings {
        if (keyFile == null || keyFile.toString().isEmpty()) {
            keyFile = Path.of("data", "audit.key");
        }
        keyFile = keyFile.normalize();
        if (checkpointFile == null || checkpointFile.toString().isEmpty()) {
            checkpointFile = keyFile.toAbsolutePath().resolveSibling("audit-checkpoints.log");
        }
        if (checkpointInterval == null) {
            checkpointInterval = Duration.ofSeconds(10);
        }
    }
}
