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

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }
}
