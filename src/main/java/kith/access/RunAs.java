package kith.access;

import java.util.function.Supplier;
import kith.shared.ConditionalOnDemo;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named user, through the same access policy and audit trail as if they had signed in. For
 * demo data only: it is how the demo configuration records its invented contacts and cases, and it does not
 * exist outside the demo configuration.
 */
@Component
@ConditionalOnDemo
public class RunAs {

    private final UserAccounts accounts;

    RunAs(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public <T> T call(String username, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        KithUser user = accounts.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
