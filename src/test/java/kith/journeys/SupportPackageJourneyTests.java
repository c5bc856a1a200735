package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.networks.SupportPackagesMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family network support package in a real browser: the social worker asks, from the child's page, for a bed and
 * travel costs that a family group meeting identified; the team manager approves it within their level and records
 * the payment; the year's spending shows it against the budget; then the child's kinship care page refuses a
 * placement outside the network before its options are recorded. Every page passes axe.
 */
@KithTest
class SupportPackageJourneyTests {

    @LocalServerPort int port;
    @Autowired SupportPackagesMother mother;

    @Test
    void aPackageWithABedAndTravelIsRequestedApprovedPaidAndSeenAgainstTheBudget() throws Exception {
        String family = "Journeypack" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        UUID child = mother.childOpenToFamilyHelp("Ivy", family);
        mother.budgetLeft(1_000_000);
        LocalDate met = LocalDate.now().minusDays(3);
        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/people/" + child);
            browser.clickLink("Family network support packages");
            browser.assertShows("Family network support packages", "No support packages have been requested");
            browser.assertAccessible();
            browser.clickLink("Request a support package");
            browser.assertShows("Request a support package", "What is the support for?");
            browser.assertAccessible();
            browser.submit("Request support package");
            assertThat(browser.errorSummary()).contains("Select what the support is for",
                    "Add at least one thing the package pays for");
            browser.assertAccessible();

            browser.choose("purpose");
            browser.choose("basis");
            browser.type("meetingHeldOnDay", String.valueOf(met.getDayOfMonth()));
            browser.type("meetingHeldOnMonth", String.valueOf(met.getMonthValue()));
            browser.type("meetingHeldOnYear", String.valueOf(met.getYear()));
            browser.select("item1Category", "Beds and furniture");
            browser.type("item1Description", "A bed for Ivy at her aunt's");
            browser.type("item1Amount", "250.00");
            browser.type("item1Helps", "Aunt May");
            browser.select("item2Category", "Travel");
            browser.type("item2Description", "Train fares for weekend visits");
            browser.type("item2Amount", "40");
            browser.type("item2Helps", "Ivy's mother");
            browser.submit("Request support package");
            browser.assertShows("The support package has been requested", "Support package of £290.00",
                    "Waiting for a decision", "A bed for Ivy at her aunt's", "Train fares for weekend visits");
            String pkg = browser.path();
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("team.manager");
            browser.open(pkg);
            browser.assertShows("Approve package", "If you refuse it, why");
            browser.assertAccessible();
            browser.submit("Approve package");
            browser.assertShows("The support package has been approved", "Approved", "Record a payment",
                    "Record the 6 month review");
            browser.assertAccessible();
            browser.type("payment-paidOnDay", String.valueOf(LocalDate.now().getDayOfMonth()));
            browser.type("payment-paidOnMonth", String.valueOf(LocalDate.now().getMonthValue()));
            browser.type("payment-paidOnYear", String.valueOf(LocalDate.now().getYear()));
            browser.type("payment-amount", "250.00");
            browser.type("payment-paidTo", "Kithbridge Beds Ltd");
            browser.type("payment-reference", "PO-4471");
            browser.submit("Record payment");
            browser.assertShows("The payment has been recorded", "£250.00 paid of £290.00 approved: £40.00 left to pay",
                    "PO-4471");
            browser.assertAccessible();

            browser.clickLink(mother.budgets().currentYear().label());
            browser.assertShows("Family network support " + mother.budgets().currentYear().label(), "Budget left",
                    "Ivy " + family, "£290.00", "£250.00");
            browser.assertAccessible();

            // Kinship care's page, from the child's: a placement outside the network waits for the options.
            browser.open("/people/" + child);
            browser.clickLink("Kinship care");
            browser.assertShows("Kinship care", "Network options considered", "A placement outside the network");
            browser.assertAccessible();
            browser.submit("Record placement");
            assertThat(browser.errorSummary()).containsExactly(
                    "Record the network options considered before a placement outside the network");
            browser.assertAccessible();
        }
    }
}
