package kith.audit.api;

import kith.audit.AuditTrail;
import kith.audit.ChainVerification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit chain check over JSON. Administrators only (route rule). A record's entries are read through access's
 * access log, which withholds what would identify a restricted person.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return audit.verify();
    }
}
