package kith.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.shared.web.PublicAddress;
import kith.support.RawHttp;
import kith.support.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP, as a proxy and as anyone else would send it: HSTS only over HTTPS (at a trusted proxy),
 * forwarded headers believed from trusted proxies only, and never the client's {@code Host} header in a
 * redirect. The test configuration trusts 127.0.0.1 as a proxy; 127.0.0.2 is anyone else.
 */
@KithTest
class TransportTests {

    private static final String PROXY = "127.0.0.1";
    private static final String ANYONE = "127.0.0.2";
    private static final String EVIL = "evil.example";

    @LocalServerPort int port;
    @Autowired PublicAddress publicAddress;
    @Autowired JdbcClient jdbc;

    @Test
    void hstsIsSentOverHttpsAtATrustedProxy() throws Exception {
        Response response = RawHttp.from(PROXY, port).header("X-Forwarded-Proto", "https").get("/sign-in");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void hstsIsNotSentOverPlainHttp() throws Exception {
        Response response = RawHttp.from(PROXY, port).get("/sign-in");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aForwardedProtoFromAnyoneButATrustedProxyIsIgnored() throws Exception {
        Response response = RawHttp.from(ANYONE, port).header("X-Forwarded-Proto", "https").get("/sign-in");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theClientsAddressIsTakenFromXForwardedForOnlyAtATrustedProxy() throws Exception {
        // The proxy appends the address it saw; whatever the client put before it is not believed.
        String throughProxy = failSignIn(RawHttp.from(PROXY, port).header("X-Forwarded-For", "192.0.2.66, 198.51.100.7"));
        assertThat(signInFailureDetail(throughProxy)).isEqualTo("BadCredentialsException from 198.51.100.7");
        String direct = failSignIn(RawHttp.from(ANYONE, port).header("X-Forwarded-For", "198.51.100.8"));
        assertThat(signInFailureDetail(direct)).isEqualTo("BadCredentialsException from " + ANYONE);
    }

    @Test
    void aForgedHostNeverComesBackInALocationHeader() throws Exception {
        RawHttp evil = RawHttp.from(PROXY, port).header("Host", EVIL);

        Response unauthenticated = evil.get("/people");
        assertThat(unauthenticated.status()).isEqualTo(302);
        assertThat(unauthenticated.header("Location")).hasValue("/sign-in");

        String session = unauthenticated.sessionCookie().orElseThrow();
        String token = evil.header("Cookie", session).get("/sign-in").csrfToken();
        Response signedIn = evil.postForm("/sign-in", "username=social.worker&password=kith-demo&_csrf=" + encoded(token));
        assertThat(signedIn.header("Location")).as("back to the page asked for").hasValue(publicAddress.of("/people?continue"));

        evil.header("Cookie", signedIn.sessionCookie().orElseThrow());
        Response alreadySignedIn = evil.get("/sign-in");
        assertThat(alreadySignedIn.header("Location")).as("a controller's redirect").hasValue("/");

        String signedInToken = evil.get("/").csrfToken();
        Response signedOut = evil.postForm("/sign-out", "_csrf=" + encoded(signedInToken));
        assertThat(signedOut.header("Location")).hasValue(publicAddress.of("/sign-in?signed-out"));

        String name = failSignIn(RawHttp.from(ANYONE, port).header("Host", EVIL));
        assertThat(signInFailureDetail(name)).startsWith("BadCredentialsException");

        for (Response response : List.of(unauthenticated, signedIn, alreadySignedIn, signedOut)) {
            assertThat(response.headers().toString()).doesNotContain(EVIL);
        }
    }

    /** A failed sign-in through the form, under a new unknown name: returns the name. */
    private String failSignIn(RawHttp http) throws Exception {
        Response page = http.get("/sign-in");
        http.header("Cookie", page.sessionCookie().orElseThrow());
        String name = "no.such." + UUID.randomUUID().toString().substring(0, 8);
        Response failed = http.postForm("/sign-in", "username=" + name + "&password=wrong&_csrf=" + encoded(page.csrfToken()));
        assertThat(failed.header("Location")).hasValue(publicAddress.of("/sign-in?error"));
        return name;
    }

    private String signInFailureDetail(String name) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE username = :u AND action = 'SIGN_IN_FAILED'")
                .param("u", name).query(String.class).single();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
