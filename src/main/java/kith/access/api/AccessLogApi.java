package kith.access.api;

import java.util.List;
import java.util.UUID;
import kith.access.AccessLog;
import kith.audit.AuditEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A record's access log over JSON: the audit entries about it, newest first, for administrators (route rule and
 * {@link AccessLog}); free text withheld where the entry concerns a restricted record they are not named on.
 */
@RestController
class AccessLogApi {

    private final AccessLog log;

    AccessLogApi(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit")
    List<AuditEntry> about(@RequestParam UUID subject, @RequestParam(defaultValue = "500") int limit) {
        return log.about(subject, Math.max(1, Math.min(limit, 5000)));
    }
}
