package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.protection.ProtectionMother;
import kith.timescales.WorkingDays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Child protection from end to end, in a real browser and only through its pages: a Family Help case led by the
 * health visitor is stepped up by the team manager; the social worker records the strategy discussion with the police
 * officer and the health visitor taking part; the section 47 enquiry leads to an initial conference arranged by its
 * target date (15 working days from the discussion); the chair holds it and writes a plan under neglect led by the
 * lead child protection practitioner; she records a statutory visit and a core group meeting; the child's chronology
 * shows every step, and the health visitor still leads the family's Family Help. Every page on the way passes axe
 * (this journey took in the older child protection pages and plan pages journeys, which walked the same steps): the
 * plan, its visit and core group forms, the family's version of the plan (large type, printable), and the manager's
 * form to end the plan, whose errors follow the pattern.
 */
@KithTest
class ChildProtectionEndToEndJourneyTests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    @LocalServerPort int port;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired ProtectionMother mother;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;

    @Test
    void aFamilyHelpCaseGoesThroughChildProtectionToAPlanWithItsVisitAndCoreGroup() throws Exception {
        String family = "Endtoend" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        EpisodeView episode = familyHelp.episodeLedByHealthVisitor("Iris", family, ReferralDecision.SECTION_17_ASSESSMENT);
        UUID child = ProtectionMother.childOf(episode);
        LocalDate discussed = mother.workingDaysAgo(3);
        LocalDate target = workingDays.calendar().workingDaysAfter(discussed, 15);
        LocalDate conference = mother.workingDaysAgo(0);
        try (Browser browser = new Browser(port)) {
            browser.signIn("team.manager");
            browser.open("/family-help/" + episode.id());
            browser.expand("Step up to child protection");
            browser.type("stepUp-reason", "Bruises on Iris's arms that nobody can explain");
            browser.submit("Step up to child protection");
            browser.assertShows("Stepped up to child protection. The lead practitioner stays with the family");
            // Child protection takes the step-up on once Family Help's change commits.
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM child_protection_step_up WHERE episode_id = :e").param("e", episode.id())
                    .query(Long.class).single() > 0);
            browser.signOut();

            browser.signIn("social.worker");
            browser.open("/family-help/" + episode.id());
            browser.clickLink("Child protection for this family");
            browser.assertShows("Child protection for this family", "Iris " + family,
                    "No strategy discussion has been recorded");
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
            browser.type("informationShared", "Police: a domestic call-out in May. Health: Iris has lost weight.");
            browser.choose("lawfulBasis");
            browser.choose("section47");
            browser.choose("immediateProtection-no");
            browser.type("reasons", "Unexplained bruising and weight loss");
            browser.type("actions0.action", "Visit the family today");
            browser.type("actions0.owner", "Sam Okoro");
            browser.submit("Record the discussion");
            browser.assertShows("The strategy discussion has been recorded", "Dan Mercer", "Grace Adeyemi",
                    "Education did not take part", "Visit the family today");
            browser.assertAccessible();
            browser.clickLink("Section 47 enquiry: Iris " + family);
            browser.assertShows("Section 47 enquiry: Iris " + family, "Not assigned yet");
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
            browser.type("findings-findings", "Bruising consistent with rough handling; little food at home");
            browser.choose("findings-substantiated");
            browser.choose("findings-outcome-INITIAL_CONFERENCE");
            browser.date("findings-completedOn", mother.workingDaysAgo(1));
            browser.submit("Record the outcome");
            browser.clickLink("Arrange the initial conference");
            browser.assertShows("Arrange: Initial child protection conference", "It must be held by " + DATE.format(target));
            browser.assertAccessible();
            assertThat(conference).as("arranged by its target").isBeforeOrEqualTo(target);
            browser.date("scheduledOn", conference);
            browser.choose("people");
            browser.select("practitioners0", "Dan Mercer, Detective constable, Demoshire Police");
            browser.choose("advocateOffered");
            browser.choose("advocateAccepted-no");
            browser.submit("Arrange the conference");
            browser.assertShows("The conference has been arranged", "Dan Mercer", "Offered, not accepted");
            browser.assertAccessible();
            String arranged = browser.path();
            browser.signOut();

            browser.signIn("conference.chair");
            browser.open(arranged);
            browser.date("held-heldOn", conference);
            browser.choose("held-attendance0.what");
            browser.choose("held-decision");
            browser.choose("held-category");
            browser.type("held-reasons", "Iris is likely to suffer significant harm from neglect");
            browser.choose("held-familyHadAdvocate-no");
            browser.submit("Record the conference");
            browser.assertShows("The conference has been recorded", "The child needs a child protection plan",
                    "chaired by Nadia Osei");
            browser.assertAccessible();
            String held = browser.path();
            browser.click(By.partialLinkText("Child protection: Iris " + family));
            browser.assertShows("Child protection for this family", "Initial child protection conference",
                    "The child needs a child protection plan");
            browser.assertAccessible();
            browser.open(held);
            browser.clickLink("Write the child protection plan");
            browser.type("worries", "We are worried Iris does not always get enough to eat");
            browser.type("steps0.what", "Iris has breakfast and tea every day");
            browser.type("steps0.who", "Mum");
            browser.type("steps0.byWhen", "From tomorrow");
            browser.submit("Save the plan");
            browser.assertShows("The child protection plan has been written", "Neglect", "Ruth Calloway");
            String plan = browser.path();
            assertThat(plan).startsWith("/child-protection/plans/");
            browser.signOut();

            browser.signIn("child.protection");
            browser.open(plan);
            browser.assertShows("Child protection plan", "Iris " + family, "What we are worried about",
                    "Iris has breakfast and tea every day", "Core group", "Grace Adeyemi");
            browser.assertAccessible();
            browser.clickLink("Record a visit");
            browser.assertShows("Record a statutory visit");
            browser.assertAccessible();
            browser.choose("childSeen");
            browser.choose("seenAlone");
            browser.choose("bedroomSeen");
            browser.type("observations", "Iris showed me her room and the food in the cupboard.");
            browser.submit("Record visit");
            browser.assertShows("The visit has been recorded", "Iris showed me her room and the food in the cupboard.",
                    "Seen alone");
            assertThat(browser.path()).isEqualTo(plan);
            browser.assertAccessible();
            browser.clickLink("Record a core group meeting");
            browser.assertShows("Record a core group meeting", "The core group now:");
            browser.assertAccessible();
            browser.type("attended", "Mum, Ruth Calloway, Grace Adeyemi");
            browser.type("progress", "Iris has put on weight.");
            browser.submit("Record meeting");
            browser.assertShows("The core group meeting has been recorded", "Iris has put on weight.");
            browser.assertAccessible();

            browser.clickLink("The plan for the family");
            browser.assertShows("The plan to keep Iris " + family + " safe", "What needs to happen", "Who is helping",
                    "When we will meet", "Getting help", "Print this page");
            assertThat(browser.script("return document.querySelector('[data-kith-print]').hidden")).as("shown by kith.js")
                    .isEqualTo(false);
            assertThat(browser.script("return getComputedStyle(document.querySelector('.govuk-body-l')).fontSize"))
                    .as("large type").isNotEqualTo("16px");
            browser.assertAccessible();

            browser.open("/people/" + child + "/chronology");
            browser.assertShows("Strategy discussion held", "Section 47 enquiry started",
                    "Section 47 enquiry completed: concerns substantiated",
                    "Lead child protection practitioner: Ruth Calloway",
                    "Initial child protection conference held", "Child protection plan started: Neglect",
                    "Statutory visit: child seen alone", "Core group met");
            browser.assertAccessible();

            browser.open("/family-help/" + episode.id());
            assertThat(browser.script("return document.getElementById('lead').textContent"))
                    .as("the health visitor still leads the family's Family Help")
                    .asString().contains("Grace Adeyemi");
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
