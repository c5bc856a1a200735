package kith.journeys;

import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4's journey: a manager opens Family Help from a referral and allocates a health visitor as lead
 * practitioner; the health visitor records an assessment with factors, a plan with two goals and actions,
 * and a visit; the manager authorises the assessment; the chronology shows each step.
 */
@KithTest
class FamilyHelpJourneyTests {

    @LocalServerPort int port;
    @Autowired FamilyHelpMother mother;

    @Test
    void aManagerOpensFamilyHelpAHealthVisitorLeadsAndTheChronologyShowsEachStep() throws Exception {
        UUID child = mother.child("Harper", "Journeyman");
        UUID referral = mother.decidedReferral(child, "Harper", "Journeyman", ReferralDecision.TARGETED_EARLY_HELP);
        try (Browser browser = new Browser(port)) {
            browser.signIn("team.manager");
            browser.open("/front-door/referrals/" + referral);
            browser.clickButton("Open Family Help");
            browser.assertShows("Family Help has been opened", "No lead practitioner yet");
            browser.assertAccessible();
            browser.select("lead-practitionerId", "Grace Adeyemi, Health visitor, Demo Community Health NHS Trust");
            browser.clickButton("Allocate lead practitioner");
            browser.assertShows("The lead practitioner has been allocated", "Grace Adeyemi, Demo Community Health NHS Trust");
            String episode = browser.path();
            browser.signOut();

            browser.signIn("health.visitor");
            browser.open(episode);
            browser.clickButton("I agree to lead the work with this family");
            browser.assertShows("Agreed to lead");
            browser.clickButton("Start assessment");
            browser.assertShows("Assessment of Harper Journeyman", "45 working days from the referral");
            browser.assertAccessible();
            browser.type("familyViews", "Mum says money is tight since her hours were cut");
            browser.type("childViews", "Harper says she worries about her mum");
            browser.choose("factors-4B");
            browser.choose("factors-7A");
            browser.type("analysis", "Mum's low mood and Harper's caring role; strong bond, school attendance good");
            browser.select("outcome", "Family Help with a family plan");
            browser.select("primaryNeed", "N4 Family in acute stress");
            browser.clickButton("Complete assessment");
            browser.assertShows("The assessment has been completed", "4B", "7A");
            browser.clickLink("Family Help");

            browser.clickLink("Write the family plan");
            browser.assertShows("Write the plan with the family");
            browser.assertAccessible();
            browser.type("worries", "Mum feels low and Harper looks after her");
            browser.type("goingWell", "Harper goes to school every day");
            browser.type("goals0", "Mum gets support for her mood");
            browser.type("goals1", "Harper has time to be a child");
            browser.type("actions0.action", "Book a GP appointment");
            browser.type("actions0.owner", "Mum");
            browser.select("actions0.ownerKind", "A parent or carer");
            browser.type("actions0.dueOnDay", "15");
            browser.type("actions0.dueOnMonth", "1");
            browser.type("actions0.dueOnYear", "2027");
            browser.select("actions1.goal", "Goal 2");
            browser.type("actions1.action", "Young carers' group on Thursdays");
            // Someone working with the family is chosen, not typed again.
            browser.select("actions1.ownerId", "Grace Adeyemi (lead practitioner)");
            browser.type("actions1.dueOnDay", "22");
            browser.type("actions1.dueOnMonth", "1");
            browser.type("actions1.dueOnYear", "2027");
            browser.clickButton("Save the plan");
            browser.assertShows("The family plan has been saved", "Goal 1", "Goal 2", "Book a GP appointment");

            browser.clickLink("Record a visit");
            browser.assertShows("Record a visit");
            browser.assertAccessible();
            browser.select("kind", "Home visit");
            browser.choose("childSeenAlone");
            // Harper is ticked already; her mum is not yet recorded in Kith, so she is written in.
            browser.type("whoWasSeen", "Her mum");
            browser.type("whatWasSaid", "Harper showed me her room; mum has booked the GP");
            browser.clickButton("Record visit");
            browser.assertShows("The visit has been recorded", "Child seen alone");
            browser.signOut();

            browser.signIn("team.manager");
            browser.open(episode);
            browser.click(By.partialLinkText("Assessment of Harper Journeyman"));
            browser.clickButton("Authorise assessment");
            browser.assertShows("The assessment has been authorised");
            browser.clickLink("Your team’s families");
            browser.assertShows("Your team’s families", "Harper Journeyman", "Grace Adeyemi");
            browser.assertAccessible();

            browser.open("/people/" + child + "/chronology");
            browser.assertShowsAfterRefresh("Family Help opened", "Lead practitioner: Grace Adeyemi",
                    "Assessment completed", "Assessment authorised by Priya Shah", "Family plan agreed with the family (2 goals)",
                    "Visit: child seen alone");
            browser.assertAccessible();
            browser.open("/people/" + child);
            browser.assertShows("Who is working with the family", "Grace Adeyemi, Demo Community Health NHS Trust",
                    "2 goals", "Latest in the chronology");
            browser.assertAccessible();
        }
    }
}
