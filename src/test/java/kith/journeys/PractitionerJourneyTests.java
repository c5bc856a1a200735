package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kith.KithTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The practitioner's page in a real browser with axe on every state of it: the administrator finds the newly
 * qualified social worker through the partnership directory, sends the add-training form empty and then with a date
 * that does not exist (the GOV.UK error pattern, what was typed kept), then adds the course and sees it in the
 * table; a social worker sees the lead child protection practitioner's training but no form.
 */
@KithTest
class PractitionerJourneyTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorAddsTrainingAndASocialWorkerReadsIt() throws Exception {
        String course = "Working with families under child protection " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin");
            browser.clickLink("Partnership");
            browser.clickLink("Demo Borough Council Children's Services");
            browser.clickLink("Owen Pritchard");
            browser.assertShows("Owen Pritchard", "Newly qualified social worker", "Family Help North", "SW131072",
                    "1 July 2026", "Add training");
            assertThat(browser.heading()).isEqualTo("Owen Pritchard");
            browser.assertAccessible();

            browser.submit("Add training");
            assertThat(browser.errorSummary()).containsExactly("Enter the name of the course",
                    "Enter the date the course was completed");
            browser.assertAccessible();
            browser.type("course", course);
            browser.type("completedOnDay", "31");
            browser.type("completedOnMonth", "2");
            browser.type("completedOnYear", "2026");
            browser.submit("Add training");
            assertThat(browser.errorSummary()).containsExactly("The date the course was completed must be a real date");
            assertThat(browser.value("course")).isEqualTo(course);
            assertThat(browser.value("completedOnDay")).isEqualTo("31");
            browser.clickLink("The date the course was completed must be a real date");
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("completedOnDay");

            browser.type("completedOnDay", "2");
            browser.type("completedOnMonth", "11");
            browser.type("completedOnYear", "2025");
            browser.submit("Add training");
            browser.assertShows(course + " has been added to Owen Pritchard’s training", "2 November 2025");
            assertThat(browser.title()).doesNotStartWith("Error");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("social.worker");
            UUID ruth = jdbc.sql("SELECT practitioner_id FROM user_account WHERE username = 'child.protection'")
                    .query(UUID.class).single();
            browser.open("/partnership/practitioners/" + ruth);
            browser.assertShows("Ruth Calloway", "Lead child protection practitioner training", "14 March 2025",
                    "Multi-agency child protection team");
            assertThat(browser.text()).doesNotContain("Add training");
            browser.assertAccessible();
        }
    }
}
