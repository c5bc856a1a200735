package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kith.KithTest;
import kith.support.FormSignIn;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a browser fetches, over real HTTP as a browser asks (gzip accepted): a first view of a page, with every
 * stylesheet, script, module it imports and font its stylesheet uses, is at most 150 KB transferred; a repeat
 * view, with the fingerprinted assets kept for a year, at most 20 KB (UI.md's budget).
 */
@KithTest
class PageWeightTests {

    private static final Logger log = LoggerFactory.getLogger(PageWeightTests.class);
    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js|assets)/[^\"]+)\"");
    private static final Pattern IMPORTED = Pattern.compile("from '(/[^']+)'");
    private static final Pattern FONT = Pattern.compile("url\\((/assets/fonts/[^)]+\\.woff2)\\)");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Assets assets;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFirstViewIsAtMost150KBAndARepeatViewAtMost20KB() throws Exception {
        String base = "http://localhost:" + port;
        String cookie = FormSignIn.signIn(http, base, "social.worker").cookie();
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        for (String page : List.of("/", "/people", "/people/" + milo, "/people/" + milo + "/network")) {
            HttpResponse<byte[]> html = get(base + page, cookie);
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Encoding")).as(page).hasValue("gzip");
            assertThat(html.headers().firstValue("Cache-Control").orElse("")).as("a page is never kept").contains("no-store");
            long first = html.body().length;
            for (String asset : assetsOf(base, new String(gunzip(html.body())), cookie)) {
                HttpResponse<byte[]> response = get(base + asset, cookie);
                assertThat(response.statusCode()).as(asset).isEqualTo(200);
                assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                        .as("%s is kept for a year", asset).contains("max-age=31536000").contains("immutable")
                        .doesNotContain("no-store");
                first += response.body().length;
            }
            long repeat = html.body().length;
            log.info("{}: first view {} bytes, repeat view {} bytes", page, first, repeat);
            assertThat(first).as("first view of %s", page).isLessThanOrEqualTo(150_000);
            assertThat(repeat).as("repeat view of %s", page).isLessThanOrEqualTo(20_000);
        }
    }

    @Test
    void everyAssetAddressIsFingerprinted() {
        Assets.Links links = assets.links();
        assertThat(links.kithStylesheet()).matches("/css/kith-[0-9a-f]{32}\\.css");
        assertThat(links.kithScript()).matches("/js/kith-[0-9a-f]{32}\\.js");
        assertThat(links.jsEnabled()).matches("/js/js-enabled-[0-9a-f]{32}\\.js");
        assertThat(links.sessionScript()).matches("/js/session-[0-9a-f]{32}\\.js");
        assertThat(links.govukStylesheet()).contains("/govuk-frontend/" + assets.govukVersion() + "/");
        assertThat(links.htmx()).matches("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js");
    }

    @Test
    void kithsScriptImportsTheGovukFrontendOnTheClasspath() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/static/js/kith.js"));
        assertThat(script).contains("'/webjars/govuk-frontend/" + assets.govukVersion() + "/dist/govuk/govuk-frontend.min.js'");
    }

    /** The page's stylesheets and scripts, the modules those scripts import and the fonts the stylesheets use. */
    private Set<String> assetsOf(String base, String html, String cookie) throws Exception {
        Set<String> found = new LinkedHashSet<>();
        Matcher linked = LINKED.matcher(html);
        while (linked.find()) {
            found.add(linked.group(1));
        }
        for (String asset : List.copyOf(found)) {
            String text = new String(gunzip(get(base + asset, cookie).body()));
            Matcher more = (asset.endsWith(".js") ? IMPORTED : FONT).matcher(text);
            while (more.find()) {
                found.add(more.group(1));
            }
        }
        // The favicon is fetched once and kept, not on each page: it is not in the page's weight.
        found.removeIf(asset -> asset.endsWith("favicon.ico"));
        return found;
    }

    private HttpResponse<byte[]> get(String url, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip")
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws Exception {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
