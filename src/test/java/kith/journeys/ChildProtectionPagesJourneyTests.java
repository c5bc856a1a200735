package kith.journeys;

import java.time.LocalDate;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.protection.ProtectionMother;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first half of child protection's pages in a real browser, each checked with axe: the social worker records a
 * strategy discussion from the family's child protection page, which starts a section 47 enquiry; the manager assigns
 * the lead child protection practitioner; the social worker records the outcome and arranges the initial conference;
 * the chair records it and is sent on to write the plan. Then the administrator's teams and rule pages.
 */
@KithTest
class ChildProtectionPagesJourneyTests {

    @LocalServerPort int port;
    @Autowired ProtectionMother mother;

    @Test
    void aDiscussionLeadsToAnEnquiryAndAConferenceThatDecidesOnAPlan() throws Exception {
        EpisodeView episode = mother.steppedUp("Nova", "Journeyway");
        LocalDate discussed = mother.workingDaysAgo(3);
        LocalDate completed = mother.workingDaysAgo(1);
        LocalDate conference = mother.workingDaysAgo(0);
        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/family-help/" + episode.id());
            browser.clickLink("Child protection for this family");
            browser.assertShows("Child protection for this family", "Nova Journeyway", "No strategy discussion has been recorded");
            browser.assertAccessible();

            browser.clickLink("Record a strategy discussion");
            browser.assertShows("Record a strategy discussion", "Who took part");
            browser.assertAccessible();
            browser.choose("childIds");
            browser.date("heldOn", discussed);
            browser.choose("kind");
            browser.select("participants0.practitionerId", "Sam Okoro, Social worker, Demo Borough Council Children's Services");
            browser.select("participants1.practitionerId", "Dan Mercer, Detective constable, Demoshire Police");
            browser.select("participants2.practitionerId", "Grace Adeyemi, Health visitor, Demo Community Health NHS Trust");
            browser.type("informationShared", "Police: a call-out last month. Health: missed appointments.");
            browser.choose("lawfulBasis");
            browser.choose("section47");
            browser.choose("immediateProtection-no");
            browser.type("reasons", "Unexplained bruising on a child under five");
            browser.type("actions0.action", "Visit the family today");
            browser.type("actions0.owner", "Sam Okoro");
            browser.submit("Record the discussion");
            browser.assertShows("The strategy discussion has been recorded", "Education did not take part",
                    "Section 47 enquiry: Nova Journeyway");
            browser.assertAccessible();
            browser.clickLink("Section 47 enquiry: Nova Journeyway");
            browser.assertShows("Section 47 enquiry: Nova Journeyway", "Not assigned yet");
            browser.assertAccessible();
            String enquiry = browser.path();
            browser.signOut();

            browser.signIn("team.manager");
            browser.open(enquiry);
            browser.select("lead-leadPractitionerId",
                    "Ruth Calloway, Lead child protection practitioner, Demo Borough Council Children's Services");
            browser.submit("Assign lead practitioner");
            browser.assertShows("The lead child protection practitioner has been assigned", "Ruth Calloway, assigned on");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("social.worker");
            browser.open(enquiry);
            browser.type("findings-findings", "Bruising consistent with rough handling; home conditions poor");
            browser.choose("findings-substantiated");
            browser.choose("findings-outcome-INITIAL_CONFERENCE");
            browser.date("findings-completedOn", completed);
            browser.submit("Record the outcome");
            browser.assertShows("The enquiry's findings and outcome have been recorded", "An initial child protection conference");
            browser.clickLink("Arrange the initial conference");
            browser.assertShows("Arrange: Initial child protection conference", "It must be held by");
            browser.assertAccessible();
            browser.date("scheduledOn", conference);
            browser.choose("people");
            browser.select("practitioners0", "Dan Mercer, Detective constable, Demoshire Police");
            browser.choose("advocateOffered");
            browser.choose("advocateAccepted-no");
            browser.submit("Arrange the conference");
            browser.assertShows("The conference has been arranged", "Dan Mercer", "Offered, not accepted");
            browser.assertAccessible();
            String page = browser.path();
            browser.signOut();

            browser.signIn("conference.chair");
            browser.open(page);
            browser.date("held-heldOn", conference);
            browser.choose("held-attendance0.what");
            browser.choose("held-attendance1.what");
            browser.choose("held-decision");
            browser.choose("held-category");
            browser.type("held-reasons", "Nova is likely to suffer significant harm from neglect");
            browser.choose("held-familyHadAdvocate-no");
            browser.submit("Record the conference");
            browser.assertShows("The conference has been recorded", "The child needs a child protection plan",
                    "Write the child protection plan", "chaired by Nadia Osei");
            browser.assertAccessible();
            browser.click(By.partialLinkText("Child protection: Nova Journeyway"));
            browser.assertShows("Child protection for this family", "Initial child protection conference",
                    "The child needs a child protection plan");
            browser.assertAccessible();
        }
    }

    @Test
    void theAdministratorsTeamsAndRulePagesAreAccessible() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin");
            browser.clickLink("Multi-agency child protection teams and their members");
            browser.assertShows("Multi-agency child protection teams", "Demo Borough multi-agency child protection team",
                    "Dan Mercer");
            browser.assertAccessible();
            browser.clickLink("Who may be a lead child protection practitioner");
            browser.assertShows("The rule now", "Ruth Calloway");
            browser.assertAccessible();
        }
    }
}
