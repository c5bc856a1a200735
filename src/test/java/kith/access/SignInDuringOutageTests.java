package kith.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * When Kith cannot check a password because its database is away, the answer is the service's 503, not "sign
 * in required" or "wrong password" (which would count as a failed sign-in and mislead the user), and nothing is
 * written to the audit trail, which is in the same database.
 */
class SignInDuringOutageTests {

    private final AuthenticationEntryPoint neverCalled = (request, response, e) -> {
        throw new AssertionError("not a refusal");
    };

    @Test
    void anApiRequestWhoseCredentialsCannotBeCheckedGets503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.auditing(null, neverCalled).commence(new MockHttpServletRequest("GET", "/api/v1/people"),
                response, new InternalAuthenticationServiceException("Could not get a connection"));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void aSignInThatCannotBeCheckedGetsTheSorryPageNotTheWrongPasswordAnswer() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SignInFailureHandler(null).onAuthenticationFailure(new MockHttpServletRequest("POST", "/sign-in"), response,
                new InternalAuthenticationServiceException("Could not get a connection"));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
