package kith.access;

import java.util.List;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Audits sign-ins and sign-outs. Failures and attempts held back are audited by {@link PasswordSignIn}. */
@Component
class SignInAuditor {

    private final AuditTrail audit;

    SignInAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    // Only interactive (form) sign-ins are audited as such; HTTP Basic authenticates every API call.
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KithUser user) {
            audit.recordAs(user.actor(), AuditRecord.allowed("SIGN_IN", List.of()));
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof KithUser user) {
            audit.recordAs(user.actor(), AuditRecord.allowed("SIGN_OUT", List.of()));
        }
    }
}
