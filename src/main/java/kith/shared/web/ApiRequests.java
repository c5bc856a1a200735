package kith.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Which requests are the JSON API's (answered with problem documents) rather than a page's. */
final class ApiRequests {

    static final String PREFIX = "/api/";

    private ApiRequests() {}

    static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI());
    }

    static boolean isApi(String uri) {
        return uri != null && uri.startsWith(PREFIX);
    }

    /** The request's path as a problem's {@code instance}, or null when it is not a valid URI. */
    static URI instance(String uri) {
        try {
            return uri == null ? null : URI.create(uri);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
