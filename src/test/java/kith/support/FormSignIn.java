package kith.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a demo user in through the real sign-in form over HTTP, as a browser does: fetch the form for its
 * session and CSRF token, post the credentials. java.net.http keeps no cookies for plain http (the session
 * cookie is Secure), so the cookies are carried by hand.
 */
public final class FormSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** What signing in showed: the session cookie before, the answer to the form, the session cookie after. */
    public record Result(String cookieBefore, HttpResponse<String> response, String cookieAfter) {

        /** The signed-in session as a Cookie header value ("KITH_SESSION=…"). */
        public String cookie() {
            if (cookieAfter == null) {
                throw new IllegalStateException("Sign-in gave no session cookie: " + response.statusCode());
            }
            return cookieAfter.split(";")[0];
        }
    }

    private FormSignIn() {}

    /** Signs in with the demo password; {@code base} is like "http://localhost:8080". */
    public static Result signIn(HttpClient http, String base, String username) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(page);
        Matcher token = CSRF.matcher(page.body());
        if (before == null || !token.find()) {
            throw new IllegalStateException("The sign-in page gave no session or CSRF token: " + page.statusCode());
        }
        String form = "username=" + username + "&password=kith-demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", before.split(";")[0])
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Result(before, response, sessionCookie(response));
    }

    /** The KITH_SESSION Set-Cookie header of a response, with its attributes, or null. */
    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("KITH_SESSION="))
                .findFirst()
                .orElse(null);
    }
}
