package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import kith.shared.web.PublicAddress;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After signing in, back to the page the user first asked for (or the home page), at Kith's public address.
 * Spring Security's own handler would redirect to the saved request's full URL, whose host came from the
 * request's {@code Host} header; only its path and query are kept here.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final PublicAddress publicAddress;
    private final RequestCache requests = new HttpSessionRequestCache();

    SignInSuccessHandler(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        response.sendRedirect(publicAddress.of(pathAskedFor(requests.getRequest(request, response))));
    }

    static String pathAskedFor(SavedRequest saved) {
        if (saved == null) {
            return "/";
        }
        URI asked = URI.create(saved.getRedirectUrl());
        String path = asked.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        return asked.getRawQuery() == null ? path : path + "?" + asked.getRawQuery();
    }
}
