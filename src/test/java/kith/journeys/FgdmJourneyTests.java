package kith.journeys;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Family group decision making in a real browser, each page checked with axe: from the child's page the social
 * worker considers a meeting at pre-proceedings, offers it, records that Mum accepted, asks an independent
 * coordinator, records the meeting with private family time and the family's plan; then starts pre-proceedings,
 * records the legal planning meeting and the letter before proceedings (with the offer), and the administrator's
 * commencement page.
 */
@KithTest
class FgdmJourneyTests {

    @LocalServerPort int port;
    @Autowired FamilyHelpMother familyHelp;

    @Test
    void aMeetingIsOfferedAcceptedCoordinatedAndHeldWithPrivateFamilyTimeAndAFamilysPlan() throws Exception {
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
            browser.choose("stage-PRE_PROCEEDINGS");
            browser.date("consideredOn", today.minusDays(6));
            browser.submit("Record that a meeting was considered");
            browser.assertShows("The family group decision-making meeting has been considered", "Record the offer");
            browser.assertAccessible();

            browser.type("offer-offeredTo", "Mum, Dad and Nan");
            browser.date("offer-offeredOn", today.minusDays(5));
            browser.submit("Record the offer");
            browser.assertShows("The offer has been recorded", "Record the family’s answer");
            browser.assertAccessible();

            browser.choose("answer-answer");
            browser.type("answer-answeredBy", "Mum");
            browser.date("answer-answeredOn", today.minusDays(4));
            browser.date("answer-meetingDueOn", today.plusDays(10));
            browser.submit("Record the answer");
            browser.assertShows("The family’s answer has been recorded", "The independent coordinator");
            browser.assertAccessible();

            browser.select("coordinator-practitionerId",
                    "Ruth Calloway, Lead child protection practitioner, Demo Borough Council Children's Services");
            browser.date("coordinator-assignedOn", today.minusDays(3));
            browser.submit("Record the coordinator");
            browser.assertShows("The coordinator has been recorded", "Ruth Calloway, since");

            browser.type("meeting-attendees", "Mum, Dad, Nan, Uncle Ray");
            browser.date("meeting-heldOn", today.minusDays(1));
            browser.choose("meeting-privateFamilyTime");
            browser.submit("Record the meeting");
            browser.assertShows("The meeting has been recorded", "The family had private family time",
                    "Record the family’s plan");
            browser.assertAccessible();

            browser.date("plan-agreedOn", today.minusDays(1));
            browser.type("plan-steps0.what", "Take Juno to school every weekday");
            browser.type("plan-steps0.who", "Nan");
            browser.date("plan-steps0.byWhen", today.plusDays(30));
            browser.type("plan-contingency", "Juno stays with Nan if Mum is unwell");
            browser.type("plan-supportRequested", "A bus pass for Nan");
            browser.type("plan-livesWith", "At home with Mum");
            browser.date("plan-reviewDueOn", today.plusDays(60));
            browser.submit("Record the family’s plan");
            browser.assertShows("The family’s plan has been recorded", "Take Juno to school every weekday",
                    "A bus pass for Nan", "At home with Mum", "Review the family’s plan");
            browser.assertAccessible();

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
