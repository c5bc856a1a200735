package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kith.shared.web.PublicAddress;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends every failed sign-in back to the same page with the same message, whatever went wrong (unknown
 * name, wrong password, account switched off, attempts held back), so that the answer never says whether
 * the account exists.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final PublicAddress publicAddress;

    SignInFailureHandler(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof InternalAuthenticationServiceException) {
            // Kith could not check (its database is away): the service's fault, not the user's, and not a failure.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.sendRedirect(publicAddress.of("/sign-in?error"));
    }
}
