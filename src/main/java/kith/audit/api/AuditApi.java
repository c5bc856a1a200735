package kith.audit.api;

import java.util.List;
import java.util.UUID;
import kith.audit.AuditEntry;
import kith.audit.AuditTrail;
import kith.audit.ChainVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over JSON: entries about a record, and the chain check. Administrators only (route rule). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> about(@RequestParam UUID subject, @RequestParam(defaultValue = "500") int limit) {
        return audit.entriesAbout(subject, Math.max(1, Math.min(limit, 5000)));
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return audit.verify();
    }
}
