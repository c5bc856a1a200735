package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.KithTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A child protection plan in a real browser: the lead child protection practitioner reads the plan, records a
 * statutory visit and a core group meeting on their pages, and opens the version for the family, which offers to
 * print itself (its button shown by Kith's script, as the content security policy allows no inline script); a
 * manager opens the page that ends a plan. Every page passes axe with no serious or critical finding.
 */
@KithTest
class ChildProtectionPlanPagesJourneyTests {

    @LocalServerPort int port;
    @Autowired ProtectionMother mother;

    @Test
    void aPlanIsReadItsVisitAndCoreGroupMeetingAreRecordedAndItsFamilyVersionPrints() throws Exception {
        String family = "Journeyson" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        Case c = mother.onAPlan("Ada", family, 12, 2);
        String plan = "/child-protection/plans/" + c.planId();
        try (Browser browser = new Browser(port)) {
            browser.signIn("child.protection");
            browser.open(plan);
            browser.assertShows("Child protection plan", "Ada " + family, "What we are worried about",
                    "Take Ada to nursery every day", "Core group", "Grace Adeyemi");
            browser.assertAccessible();

            browser.clickLink("Record a visit");
            browser.assertShows("Record a statutory visit");
            browser.assertAccessible();
            browser.choose("childSeen");
            browser.choose("seenAlone");
            browser.choose("bedroomSeen-no");
            browser.type("observations", "Ada showed me her drawings. The fridge had food in it.");
            browser.submit("Record visit");
            browser.assertShows("The visit has been recorded", "Ada showed me her drawings. The fridge had food in it.",
                    "Seen alone", "Bedroom not seen");
            assertThat(browser.path()).isEqualTo(plan);
            browser.assertAccessible();

            browser.clickLink("Record a core group meeting");
            browser.assertShows("Record a core group meeting", "The core group now:");
            browser.assertAccessible();
            browser.type("attended", "Mum, Ruth Calloway, Grace Adeyemi");
            browser.type("progress", "Ada has been at nursery every day this week.");
            browser.submit("Record meeting");
            browser.assertShows("The core group meeting has been recorded", "Ada has been at nursery every day this week.");
            browser.assertAccessible();

            browser.clickLink("The plan for the family");
            browser.assertShows("The plan to keep Ada " + family + " safe", "What needs to happen", "Who is helping",
                    "When we will meet", "Getting help", "Print this page");
            assertThat(browser.script("return document.querySelector('[data-kith-print]').hidden")).as("shown by kith.js")
                    .isEqualTo(false);
            assertThat(browser.script("return getComputedStyle(document.querySelector('.govuk-body-l')).fontSize"))
                    .as("large type").isNotEqualTo("16px");
            browser.assertAccessible();
            browser.open(plan);
            browser.signOut();

            browser.signIn("team.manager");
            browser.open(plan);
            browser.expand("Change the lead child protection practitioner");
            browser.assertAccessible();
            browser.clickLink("End the plan");
            browser.assertShows("End the child protection plan", "Why the plan is ending", "The child reached 18");
            browser.assertAccessible();
            browser.submit("End the plan");
            assertThat(browser.errorSummary()).containsExactly("Select why the plan is ending",
                    "Enter the date the plan ends, today or in the past",
                    "Confirm that the plan ends and that the agencies will be told");
            browser.assertAccessible();
        }
    }
}
