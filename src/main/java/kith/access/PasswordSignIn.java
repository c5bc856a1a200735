package kith.access;

import java.util.List;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way in with a name and password, for the sign-in form and (demo only) HTTP Basic alike: asks the
 * {@link SignInThrottle} first, then checks the password, and audits every failure and every attempt held
 * back (never the password).
 *
 * <p>Every failure gives the same answer, whatever the reason, so that nobody learns whether a name has an
 * account: an unknown name is checked against a dummy hash in the same time as a real one (Spring Security's
 * {@link DaoAuthenticationProvider} does this), and an account that is switched off is only looked at after
 * its password was right.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PasswordSignIn(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(PasswordSignIn::mayStillSignIn);
        passwords.afterPropertiesSet();
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = SignInThrottle.nameOf(attempt.getName());
        String source = SignInThrottle.sourceOf(attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null);
        var heldBack = throttle.holdsBack(name, source);
        if (heldBack.isPresent()) {
            audit.recordAs(Actor.anonymous(name), new AuditRecord("SIGN_IN_THROTTLED", AuditRecord.Outcome.REFUSED,
                    List.of(), List.of(), null, "from " + source + ": " + heldBack.get()));
            throw new BadCredentialsException("Held back");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name, source);
            return signedIn;
        } catch (InternalAuthenticationServiceException broken) {
            throw broken; // Kith could not check (the database is down): not the user's failure
        } catch (AuthenticationException failure) {
            throttle.failed(name, source);
            audit.recordAs(Actor.anonymous(name), new AuditRecord("SIGN_IN_FAILED", AuditRecord.Outcome.FAILED,
                    List.of(), List.of(), null, failure.getClass().getSimpleName() + " from " + source));
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static void mayStillSignIn(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("Account switched off");
        }
    }
}
