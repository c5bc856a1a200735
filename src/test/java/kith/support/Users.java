package kith.support;

import kith.access.UserAccounts;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo users. */
@Component
public class Users {

    private final UserAccounts accounts;

    Users(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The demo user's role code (for example PARTNER_PRACTITIONER). */
    public String role(String username) {
        return accounts.loadUserByUsername(username).role().name();
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** Runs service calls as a user, as if they were signed in, and restores whoever was before. */
    public <T> T call(String username, java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var user = accounts.loadUserByUsername(username);
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
