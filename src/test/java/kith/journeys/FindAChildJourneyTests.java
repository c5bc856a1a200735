package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import kith.KithTest;
import kith.people.NhsNumber;
import kith.support.PersonMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 2's journey: a social worker records a child, finds them again by a misspelt surname, opens the record. */
@KithTest
class FindAChildJourneyTests {

    @LocalServerPort int port;

    @Test
    void aSocialWorkerCreatesAChildFindsThemByAMisspeltSurnameAndOpensTheRecord() throws Exception {
        String nhs = PersonMother.uniqueNhsNumber();
        try (Browser browser = new Browser(port)) {
            browser.open("/sign-in");
            browser.assertAccessible();
            browser.signIn("social.worker");
            browser.assertAccessible();

            browser.clickLink("Add a person");
            browser.assertShows("Add a person", "Who is this?");
            browser.assertAccessible();
            browser.type("givenName", "Florence");
            browser.type("familyName", "Pemberton");
            browser.type("dateOfBirthDay", "12");
            browser.type("dateOfBirthMonth", "8");
            browser.type("dateOfBirthYear", "2018");
            browser.type("nhsNumber", NhsNumber.of(nhs).formatted());
            browser.clickButton("Add person");
            browser.assertShows("Florence Pemberton has been added");

            // A mistake on the form shows the GOV.UK error summary, and the page stays accessible.
            browser.clickLink("Find a person");
            browser.assertShows("Spelling mistakes are allowed");
            browser.clickLink("Add a person");
            browser.assertShows("Who is this?");
            browser.type("givenName", "Florence");
            browser.type("familyName", "Pemberton");
            browser.type("nhsNumber", "943 476 5918");
            browser.clickButton("Add person");
            browser.assertShows("There is a problem", "Enter a valid NHS number");
            browser.assertAccessible();

            browser.clickLink("Find a person");
            browser.assertShows("Spelling mistakes are allowed");
            browser.assertAccessible();
            browser.type("name", "Pembleton");
            browser.clickButton("Search");
            browser.assertShows("1 person found", "Florence Pemberton");
            browser.assertAccessible();

            browser.click(By.linkText("Florence Pemberton"));
            browser.assertShows("Family and network", NhsNumber.of(nhs).formatted(), "12 August 2018");
            assertThat(browser.heading()).contains("Florence Pemberton");
            browser.assertAccessible();
        }
    }
}
