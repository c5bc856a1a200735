package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import kith.KithTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Impact and statutory returns in a real browser, every page checked with axe: the analyst's measures (and the view
 * for publication), areas compared, the returns page, an Annex A list made in the background with its progress page
 * and download, checking a census file (and its error), the validation report of Kith's own census and what families
 * and staff say; then a practitioner's own timeliness.
 */
@KithTest
class InsightsJourneyTests {

    @LocalServerPort int port;

    @Test
    void anAnalystFindsTheMeasuresAndMakesTheReturnsAndAPractitionerSeesTheirOwnTimeliness() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("analyst");
            browser.open("/insights");
            browser.assertShows("Families First measures", "Re-referrals within 12 months");
            assertThat(browser.script("return document.querySelectorAll('svg[role=img] title').length > 0"))
                    .as("each chart is an image with a title").isEqualTo(true);
            browser.assertAccessible();
            browser.clickLink("Show for publication");
            browser.assertShows("Families First measures for publication");
            browser.assertAccessible();

            browser.clickLink("Compare this area with other areas");
            browser.assertShows("Areas compared", "Measures by area", "Import another area’s file");
            browser.assertAccessible();
            browser.submit("Import the file");
            assertThat(browser.errorSummary()).containsExactly("Select another area’s measures file");
            browser.assertAccessible();

            browser.open("/returns");
            browser.assertShows("Statutory returns", "Ofsted Annex A", "Children in Need census",
                    "Lists 8 to 11 (children in care, care leavers, adoption and adopters) are not made");
            browser.assertAccessible();
            browser.clickButton("CSV for list 3");
            browser.waitUntil(60, "return document.getElementById('job-download') !== null");
            browser.assertShows("Download");
            browser.assertAccessible();

            browser.open("/returns");
            browser.clickLink("Check a CIN census file");
            browser.assertShows("Check a CIN census file", "Upload a file");
            browser.assertAccessible();
            browser.submit("Check the file");
            assertThat(browser.errorSummary()).containsExactly("Select a CIN census file");
            browser.assertAccessible();

            browser.open("/returns");
            browser.click(By.partialLinkText("census against the Department"));
            browser.assertShows("Children in Need census: validation");
            browser.assertAccessible();

            browser.open("/insights/voice");
            browser.assertShows("What families and staff told us");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("social.worker");
            browser.open("/insights/my-work");
            browser.assertShows("My work and my team");
            browser.assertAccessible();
            // The pulse survey is answered once a month, so this journey looks at it and its errors without sending.
            browser.open("/pulse");
            browser.assertShows("How is work going?");
            browser.assertAccessible();
            if (!browser.text().contains("You have answered this month")) {
                browser.submit("Send your answers");
                assertThat(browser.errorSummary()).isNotEmpty();
                browser.assertAccessible();
            }
        }
    }
}
