package kith.journeys;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.frontdoor.Contacts;
import kith.frontdoor.ContactView;
import kith.frontdoor.NewContact;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralSource;
import kith.frontdoor.Referrals;
import kith.frontdoor.Screening;
import kith.people.PersonManagement;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 3's journey: a school refers a child the council already knows, misspelling the surname; the
 * front door sees the match and the re-referral, links the child and decides Family Help; the school sees
 * the outcome and still cannot open the child's record.
 */
@KithTest
class PartnerReferralJourneyTests {

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired PersonManagement people;
    @Autowired Contacts contacts;
    @Autowired Screening screening;
    @Autowired Referrals referrals;

    static final LocalDate BORN = LocalDate.of(2017, 5, 14);

    /** Maisie is known: a record, and a referral four months ago that ended in information and advice. */
    private UUID knownChildWithAnEarlierReferral() {
        UUID maisie = users.call("social.worker", () -> people.create(PersonMother.child().withGivenName("Maisie")
                .withFamilyName("Thornbury").withDateOfBirth(BORN).details()).id());
        users.run("front.door", () -> {
            ContactView earlier = contacts.record(new NewContact(NewContact.ReferrerKind.INDIVIDUAL, null, null,
                    "A neighbour", null, ReferralSource.SOURCE_1B,
                    java.util.List.of(new NewContact.Child("Maisie", "Thornbury", BORN, null, null, null, null)),
                    "Heard shouting late at night", true, true, null), false);
            screening.link(earlier.id(), 0, 0, maisie);
            UUID referral = screening.acceptAsReferral(earlier.id(), 1).get(0);
            referrals.decide(referral, 0, ReferralDecision.INFORMATION_AND_ADVICE, "Advice to the family on support", null, true);
        });
        return maisie;
    }

    @Test
    void aSchoolRefersAKnownChildTheFrontDoorMatchesAndDecidesAndTheSchoolSeesTheOutcome() throws Exception {
        UUID maisie = knownChildWithAnEarlierReferral();
        try (Browser browser = new Browser(port)) {
            browser.signIn("school.dsl");
            browser.clickLink("Make a referral");
            browser.assertShows("Make a referral", "The child");
            browser.type("children0.givenName", "Maisie");
            browser.type("children0.familyName", "Thornbery");
            browser.type("children0.dateOfBirthDay", "14");
            browser.type("children0.dateOfBirthMonth", "5");
            browser.type("children0.dateOfBirthYear", "2017");
            browser.type("worry", "Maisie told her teacher there is no food at home and she looks after her brother.");
            browser.choose("familyKnows-no");
            browser.choose("familyAgrees-no");
            browser.clickButton("Continue");
            // The family does not agree, and no lawful basis was chosen: the error is shown next to the field.
            browser.assertShows("There is a problem", "Select the lawful basis");
            browser.assertAccessible();
            browser.click(By.cssSelector("#lawfulBasis option[value='SAFEGUARDING']"));
            browser.clickButton("Continue");
            browser.assertShows("Check your referral before sending it", "Maisie Thornbery");
            browser.assertAccessible();
            browser.clickButton("Send referral");
            browser.assertShows("Referral sent", "Being considered by the front door");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("front.door");
            browser.clickLink("Front door");
            browser.assertShows("Maisie Thornbery", "Contact to screen");
            browser.assertAccessible();
            browser.clickLink("Maisie Thornbery");
            browser.assertShows("People who may be this child", "Maisie Thornbury", "Same date of birth",
                    "Surname spelt similarly");
            browser.assertAccessible();
            browser.clickButton("This is the child: Maisie Thornbury");
            browser.assertShows("Linked", "Re-referral: this child was referred within the last 12 months",
                    "Information and advice: Advice to the family on support");
            browser.choose("outcome");
            browser.clickButton("Save screening decision");
            browser.assertShows("Accepted as a referral", "Re-referral", "Earlier referrals", "The decision is due by");
            browser.assertAccessible();
            browser.choose("decision-TARGETED_EARLY_HELP");
            browser.type("reason", "Family Help lead practitioner to work with Maisie's family on food and caring");
            browser.clickButton("Record decision");
            browser.assertShows("The decision has been recorded", "Family Help: targeted early help", "Jordan Ellis");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("school.dsl");
            browser.clickLink("Your referrals");
            // The school sees the child as recorded, and the name it gave.
            browser.assertShows("Maisie Thornbury (referred as Maisie Thornbery)", "Family Help: targeted early help");
            browser.assertAccessible();
            browser.open("/people/" + maisie);
            browser.assertShows("You do not have access to this page");
        }
    }
}
