package kith.journeys;

import java.util.UUID;
import kith.KithTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trust issue's seals as the demo users meet them, in a real browser with axe on every page: the health
 * visitor sees Milo's restricted half-sister only as "Restricted record", cannot change his details and proposes
 * a correction instead (an empty form first, answered with every error at once); the social worker sees the notice
 * on Milo's page and accepts it; the administrator reaches the restricted record by its listing, without learning
 * who she is.
 */
@KithTest
class SealsJourneyTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aPartnerProposesACorrectionTheCouncilAcceptsItAndTheRestrictedSisterStaysHidden() throws Exception {
        UUID milo = jdbc.sql("SELECT id FROM person WHERE nhs_number = '9999990029'").query(UUID.class).single();
        try (Browser browser = new Browser(port)) {
            browser.signIn("health.visitor");
            browser.open("/people/" + milo + "/network");
            browser.assertShows("Milo Carrow", "Dana Carrow", "Restricted record");
            browser.assertAccessible();
            browser.open("/people/" + milo);
            browser.assertShows("Propose a correction");
            browser.click(By.cssSelector("a[href='/people/" + milo + "/corrections/new']"));
            browser.clickButton("Send to the council");
            browser.assertShows("There is a problem", "Select which detail is wrong", "Enter what the detail should be",
                    "Enter how you know");
            browser.assertAccessible();
            browser.clickLink("Select which detail is wrong");
            browser.choose("about-DATE_OF_BIRTH");
            browser.type("proposedValue", "Milo was born a day later than recorded");
            browser.type("why", "His mum showed me his red book at the review");
            browser.clickButton("Send to the council");
            browser.assertShows("Your correction has been sent to the council", "Waiting for the council");
            browser.assertAccessible();
            browser.signOut();

            UUID correction = jdbc.sql("""
                            SELECT id FROM person_correction WHERE person_id = :p AND proposed_by = 'health.visitor'
                            ORDER BY proposed_at DESC LIMIT 1""").param("p", milo).query(UUID.class).single();
            browser.signIn("social.worker");
            browser.open("/people/" + milo);
            browser.assertShows("Review the proposed corrections");
            browser.assertAccessible();
            browser.clickLink("Review the proposed corrections");
            browser.assertShows("Milo was born a day later than recorded", "Grace Adeyemi");
            browser.assertAccessible();
            browser.choose("decide-" + correction + "-decision");
            browser.click(By.cssSelector("form[action$='/corrections/" + correction + "/decision'] button"));
            browser.assertShows("The correction has been accepted", "Sam Okoro");
            browser.signOut();

            browser.signIn("admin");
            browser.clickLink("Restricted records and who is named on them");
            browser.assertShows("Restricted records", "Restricted record", "social.worker");
            browser.assertAccessible();
            browser.clickLink("Restricted record");
            browser.assertShows("Access to a record", "You are not named on this record");
            browser.assertAccessible();
        }
    }
}
