package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kith.KithTest;
import kith.support.FormSignIn;
import kith.people.PersonManagement;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (the servlet container's error dispatch is what users meet): when something is missing,
 * refused or broken, the user gets a GOV.UK-style page in the Kith layout, never a stack trace or the
 * exception's message, and never half a page followed by an error.
 */
@KithTest
class ErrorPagesTests {

    /** What Chromium sends when it follows a link. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired PersonManagement people;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String username) throws Exception {
        return get(path, username, BROWSER_ACCEPT);
    }

    private HttpResponse<String> get(String path, String username, String accept) throws Exception {
        String cookie = FormSignIn.signIn(http, base(), username).cookie();
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", cookie)
                        .header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "social.worker");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("govuk-header").contains("Kith");
    }

    @Test
    void anUnknownApiAddressStillGetsAProblemInJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing", "social.worker", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("<html");
    }

    @Test
    void aRefusedRecordGetsTheNoAccessPage() throws Exception {
        var child = users.call("social.worker", () -> people.create(PersonMother.child().details()));
        HttpResponse<String> response = get("/people/" + child.id(), "police.officer");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page").contains("govuk-header");
    }

    @Test
    void aFailureGetsTheProblemPageWithNothingOfTheFailureInIt() throws Exception {
        HttpResponse<String> response = get("/test-only/fails", "social.worker");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Sorry, there is a problem with the service").contains("govuk-header");
        assertNothingOfTheFailure(response.body());
    }

    @Test
    void aFailureHalfwayThroughRenderingGetsTheProblemPageInsteadOfHalfAPage() throws Exception {
        HttpResponse<String> response = get("/test-only/fails-while-rendering", "social.worker");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Sorry, there is a problem with the service")
                .doesNotContain("rendered before the failure");
        assertNothingOfTheFailure(response.body());
    }

    private static void assertNothingOfTheFailure(String body) {
        assertThat(body).doesNotContain(FailingPages.SECRET).doesNotContain("IllegalStateException")
                .doesNotContain("Exception").doesNotContain("at kith.").doesNotContain("trap.spring");
    }
}
