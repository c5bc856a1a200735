package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.support.PersonMother;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the attacker of the trust issue sent, each answered with a clear 4xx (a problem naming the field on the
 * API, the GOV.UK page or the form again on pages) and nothing saved. Some only over real HTTP, because Tomcat
 * refuses them before MockMvc's world begins.
 */
@KithTest
class BadInputTests {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyHelpMother mother;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String child(String extra) {
        return """
                {"givenName": "Noah", "familyName": "Badinput", "dateOfBirth": "2015-03-04", "sex": "M" %s}"""
                .formatted(extra);
    }

    private ResultActions createPerson(String body) throws Exception {
        return mvc.perform(post("/api/v1/people").with(users.as("social.worker")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static void isAProblem(ResultActions result) throws Exception {
        result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aNullInsideAListIsRefusedNamingItsPlaceAndNothingIsSaved() throws Exception {
        long before = count("person");
        isAProblem(createPerson(child(", \"aliases\": [null]")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aliases[0]")));
        createPerson(child(", \"disabilities\": [\"DDA\", null]")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("disabilities[1]"));
        mvc.perform(post("/api/v1/assessments/" + UUID.randomUUID() + "/completion").with(users.as("social.worker"))
                        .with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"factors\": [null], \"completedOn\": \"2026-01-05\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("factors[0]"));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aDateIsAnIsoCalendarDateNeverANumberOrADateTime() throws Exception {
        long before = count("person");
        for (String date : new String[] {"20150304", "\"2015-03-04T10:00:00Z\"", "\"2015-03-04T10:00:00\"", "\"2015-02-30\""}) {
            createPerson(child("").replace("\"2015-03-04\"", date))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("YYYY-MM-DD")));
        }
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNotGuessedAt() throws Exception {
        createPerson(child("").replace("\"Noah\"", "5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"));
        createPerson(child(", \"unborn\": \"false\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unborn"));
    }

    @Test
    void aNullCharacterIsRefusedInTheBodyTheQueryAFormAndTheDraftOfAVisit() throws Exception {
        long people = count("person");
        createPerson(child("").replace("\"Noah\"", "\"No\\u0000ah\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"))
                .andExpect(jsonPath("$.errors[0].message").value("Remove the null character from givenName"));
        isAProblem(mvc.perform(get("/api/v1/people").param("q", "a\u0000b").with(users.as("social.worker")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q")));
        mvc.perform(post("/people/new").with(users.as("social.worker")).with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("kind", "CHILD").param("givenName", "No\u0000ah").param("familyName", "Badinput"))
                .andExpect(status().isBadRequest());
        assertThat(count("person")).isEqualTo(people);

        EpisodeView episode = mother.episodeLedByHealthVisitor("Nul", "Draftworth", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(post("/family-help/" + episode.id() + "/visits/draft").with(users.as("health.visitor")).with(csrf())
                        .param("whatWasSaid", "Said \u0000 this"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM visit_draft WHERE episode_id = :e").param("e", episode.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aVisitDraftLongerThanAVisitTakesIsNotSavedAndSaysSo() throws Exception {
        EpisodeView episode = mother.episodeLedByHealthVisitor("Long", "Draftworth", ReferralDecision.TARGETED_EARLY_HELP);
        mvc.perform(post("/family-help/" + episode.id() + "/visits/draft").with(users.as("health.visitor")).with(csrf())
                        .param("whatWasSaid", "x".repeat(20_001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.startsWith("Your draft was not saved.")));
        assertThat(jdbc.sql("SELECT count(*) FROM visit_draft WHERE episode_id = :e").param("e", episode.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theApiTakesAndGivesJsonOnlyAndCreatesNothingWhenAskedForAnythingElse() throws Exception {
        long before = count("person");
        isAProblem(mvc.perform(post("/api/v1/people").with(users.as("social.worker")).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content(child("")))
                .andExpect(status().isUnsupportedMediaType()));
        isAProblem(mvc.perform(post("/api/v1/people").with(users.as("social.worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("givenName=Noah"))
                .andExpect(status().isUnsupportedMediaType()));
        // A valid create that the client could not read the answer to: refused before anything is created.
        isAProblem(mvc.perform(post("/api/v1/people").with(users.as("social.worker")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_XML).content(child("")))
                .andExpect(status().isNotAcceptable()));
        isAProblem(mvc.perform(get("/api/v1/people").param("q", "smith").accept(MediaType.APPLICATION_XML)
                        .with(users.as("social.worker")))
                .andExpect(status().isNotAcceptable()));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() throws Exception {
        long before = count("person");
        isAProblem(createPerson(child("").replace("\"Noah\"", "\"" + "n".repeat(1_100_000) + "\""))
                .andExpect(status().isContentTooLarge()));
        // Sent in chunks, without a length, it is cut off as it is read.
        byte[] chunked = child("").replace("\"Noah\"", "\"" + "n".repeat(1_500_000) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/people"))
                        .header("Authorization", basic("social.worker")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aWeakEtagNeverMatchesIfMatch() throws Exception {
        String location = createPerson(child(", \"nhsNumber\": \"" + PersonMother.uniqueNhsNumber() + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        isAProblem(mvc.perform(put(location).with(users.as("social.worker")).with(csrf()).header("If-Match", "W/\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(child("").replace("Badinput", "Changed")))
                .andExpect(status().isPreconditionFailed()));
        mvc.perform(get(location).with(users.as("social.worker")))
                .andExpect(jsonPath("$.familyName").value("Badinput"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aPersonWhoDoesNotExistIsNotFoundOnEveryRouteOfTheirs() throws Exception {
        String nobody = "/api/v1/people/" + UUID.randomUUID();
        String somebody = createPerson(child(", \"nhsNumber\": \"" + PersonMother.uniqueNhsNumber() + "\""))
                .andReturn().getResponse().getHeader("Location");
        isAProblem(mvc.perform(get(nobody + "/relationships").with(users.as("social.worker")))
                .andExpect(status().isNotFound()));
        mvc.perform(get(somebody + "/relationships").with(users.as("social.worker")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        isAProblem(mvc.perform(delete(nobody + "/relationships/" + UUID.randomUUID()).with(users.as("social.worker"))
                        .with(csrf()))
                .andExpect(status().isNotFound()));
        isAProblem(mvc.perform(delete(somebody + "/relationships/" + UUID.randomUUID()).with(users.as("social.worker"))
                        .with(csrf()))
                .andExpect(status().isNotFound()));
        // Partners are refused the unknown and the known alike, so that a 404 tells them nothing.
        mvc.perform(get(nobody + "/relationships").with(users.as("police.officer"))).andExpect(status().isForbidden());
        mvc.perform(get(somebody + "/relationships").with(users.as("police.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownApiAddressIsAProblemWhateverTheClientAccepts() throws Exception {
        isAProblem(mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.ALL).with(users.as("social.worker")))
                .andExpect(status().isNotFound()));
    }

    @Test
    void aFamilyWithoutAPlanHasNoPlanAsAProblem() throws Exception {
        EpisodeView episode = mother.episode("Planless", "Badinput", ReferralDecision.TARGETED_EARLY_HELP);
        isAProblem(mvc.perform(get("/api/v1/family-help/" + episode.id() + "/plan").with(users.as("team.manager")))
                .andExpect(status().isNotFound()));
    }

    @Test
    void aNullCharacterInThePathIsAProblemForTheApiAndTheGovUkPageForPages() throws Exception {
        Answer api = send("GET /api/v1/people/a%00b HTTP/1.1", "application/json", "");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":400").doesNotContain("<html").doesNotContain("Tomcat");
        Answer page = send("GET /people/a%00b HTTP/1.1", BROWSER_ACCEPT, "");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("govuk-header").contains("Sorry, there is a problem with what was sent")
                .doesNotContain("Tomcat").doesNotContain("HTTP Status");
    }

    @Test
    void overLongHeadersAreAProblemForTheApiAndTheGovUkPageForPages() throws Exception {
        String huge = "X-Padding: " + "a".repeat(20_000) + "\r\n";
        Answer api = send("GET /api/v1/people?q=smith HTTP/1.1", "application/json", huge);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).startsWith("application/problem+json");
        Answer page = send("GET /people HTTP/1.1", BROWSER_ACCEPT, huge);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("govuk-header").doesNotContain("Tomcat");
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemForTheApiAndTheGovUkPageForPages() throws Exception {
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/people//x"))
                .header("Authorization", basic("social.worker")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/people//x"))
                .header("Accept", BROWSER_ACCEPT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("govuk-header").contains("Sorry, there is a problem with what was sent");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":kith-demo").getBytes(StandardCharsets.UTF_8));
    }

    /** An answer read off a socket: the status, the content type and the body as sent. */
    record Answer(int status, String contentType, String body) {
        static Answer of(String raw) {
            String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
            String type = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(head.split(" ")[1]), type, raw.substring(head.length() + 4));
        }
    }

    /**
     * A request written by hand on a socket: java.net.http will not send a %00 path or such a header, which an
     * attacker's client will.
     */
    private Answer send(String requestLine, String accept, String extraHeaders) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAccept: " + accept + "\r\n"
                    + "Authorization: " + basic("social.worker") + "\r\n" + extraHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Answer.of(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
