package kith.access;

import java.util.List;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Audits sign-ins and sign-outs, and feeds failures to the throttle in {@link UserAccounts}. */
@Component
class SignInAuditor {

    private final AuditTrail audit;
    private final UserAccounts accounts;

    SignInAuditor(AuditTrail audit, UserAccounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        boolean locked = event instanceof AuthenticationFailureLockedEvent;
        if (!locked) {
            accounts.recordFailedSignIn(username);
        }
        audit.recordAs(
                Actor.anonymous(username),
                new AuditRecord(
                        locked ? "SIGN_IN_REFUSED_LOCKED" : "SIGN_IN_FAILED",
                        AuditRecord.Outcome.FAILED,
                        List.of(),
                        List.of(),
                        null,
                        event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
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
