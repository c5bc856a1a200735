package kith.shared.web;

import org.springframework.http.HttpStatus;

/**
 * What the API says when it refuses a request for its form rather than its content (the wrong method, a body
 * that is not JSON, one too large), the same words whether Spring, Kith's filters or the servlet container
 * refuses it.
 */
final class RefusalWords {

    private RefusalWords() {}

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Bad request";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case NOT_ACCEPTABLE -> "Not acceptable";
            case CONTENT_TOO_LARGE -> "Request too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "Request headers too large";
            case URI_TOO_LONG -> "Address too long";
            default -> "Request refused";
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Kith could not read the request. Check its address, headers and body.";
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case NOT_ACCEPTABLE -> "Kith answers in JSON: send Accept: application/json.";
            case CONTENT_TOO_LARGE -> "Send a body of " + RequestLimits.MAX_BODY_DESCRIPTION + " or less.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as JSON, with Content-Type: application/json.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "Send shorter headers.";
            case URI_TOO_LONG -> "Send a shorter address.";
            default -> "Kith could not accept the request.";
        };
    }
}
