package kith.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kith.audit.AuditTrail;
import kith.audit.ChainVerification;
import kith.shared.Today;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The administrator's audit page: check the chain, and see every broken range. Administrators only (route rule in access). */
@Controller
class AuditPages {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mm:ssa", Locale.UK)
            .withZone(Today.LONDON);

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page() {
        return "audit/audit";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        ChainVerification verification = audit.verify();
        model.addAttribute("verification", verification);
        if (verification.latestCheckpoint() != null) {
            model.addAttribute("checkpoint", SIGNED_AT.format(verification.latestCheckpoint().signedAt()));
        }
        return "audit/audit";
    }
}
