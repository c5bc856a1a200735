package kith.journeys;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.networks.FgdmMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Family group decision making and pre-proceedings in a real browser, each page checked with axe: the child's empty
 * family group decision-making page and its error when no stage is chosen; then, the meeting offered at
 * pre-proceedings, the social worker starts pre-proceedings, records the legal planning meeting and the letter before
 * proceedings (with the offer), and the administrator's commencement page. The meeting's own steps, from the offer to
 * the family's plan, are walked page by page in {@link FamilyNetworksJourneyTests}.
 */
@KithTest
class FgdmJourneyTests {

    @LocalServerPort int port;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired FgdmMother fgdm;

    @Test
    void aMeetingConsideredWithoutAStageIsRefusedAndPreProceedingsIncludeTheOfferInTheLetter() throws Exception {
        UUID child = familyHelp.child("Juno", "Journeyfgdm");
        LocalDate today = LocalDate.now();
        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/people/" + child);
            browser.clickLink("Family group decision making");
            browser.assertShows("Family group decision making", "Juno Journeyfgdm", "No family group decision-making meeting");
            browser.assertAccessible();

            browser.submit("Record that a meeting was considered");
            browser.assertShows("There is a problem", "Select the stage of the work");
            browser.assertAccessible();
            // The steps from here to the family's plan are walked, each page with axe, by FamilyNetworksJourneyTests;
            // here the meeting is offered at pre-proceedings through the service, for the letter to include it.
            fgdm.offered(child);

            browser.open("/people/" + child + "/pre-proceedings");
            browser.assertShows("Pre-proceedings", "This child has not been in pre-proceedings.");
            browser.assertAccessible();
            browser.date("startedOn", today.minusDays(2));
            browser.submit("Start pre-proceedings");
            browser.assertShows("Pre-proceedings have been started", "Record the legal planning meeting");
            browser.assertAccessible();
            browser.date("lpm-heldOn", today.minusDays(1));
            browser.choose("lpm-decision");
            browser.submit("Record the legal planning meeting");
            browser.assertShows("The legal planning meeting has been recorded", "Record the letter before proceedings");
            browser.assertAccessible();
            browser.date("letter-sentOn", today);
            browser.submit("Record the letter");
            // The meeting above was offered, so the letter includes the offer: no warning.
            browser.assertShows("The letter before proceedings has been recorded",
                    "It includes the offer of a family group decision-making meeting.", "Record a pre-proceedings meeting",
                    "Record the step decision", "Record the application to court");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("admin");
            browser.open("/admin/pre-proceedings");
            browser.assertShows("When section 31ZA commences", "Not commenced");
            browser.assertAccessible();
        }
    }
}
