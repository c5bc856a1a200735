package kith.audit;

import jakarta.annotation.PreDestroy;
import kith.shared.LocalAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs this authority's chain head at a short interval when it has moved, and once more at shutdown, so
 * that at most the entries of the last interval are covered by nothing but the hash chain.
 */
@Component
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final AuditTrail audit;
    private final ChainCheckpoints checkpoints;
    private final LocalAuthority authority;

    CheckpointSchedule(AuditTrail audit, ChainCheckpoints checkpoints, LocalAuthority authority) {
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.authority = authority;
    }

    @Scheduled(fixedDelayString = "${kith.audit.checkpoint-interval:10s}",
            initialDelayString = "${kith.audit.checkpoint-interval:10s}")
    void signIfMoved() {
        try {
            audit.head(authority.code()).ifPresent(head -> checkpoints.sign(authority.code(), head));
        } catch (RuntimeException e) {
            // Keep trying at the next interval; the admin page shows how old the latest checkpoint is.
            log.error("Could not sign an audit checkpoint", e);
        }
    }

    // Destroyed before the data source it depends on, so the database is still there.
    @PreDestroy
    void signAtShutdown() {
        signIfMoved();
    }
}
