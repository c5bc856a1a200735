package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.networks.SupportPackagesMother;
import kith.protection.ProtectionMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The family network as the first port of call, in a real browser and only through its pages: for a child on a child
 * protection plan, the social worker adds a grandmother, an aunt and a family friend to the network, and the map shows
 * them; a family group decision-making meeting is offered, accepted, coordinated, held with private family time and
 * makes the family's plan; the aunt's support package (a bed and travel costs) is requested, approved by the team
 * manager, paid in two parts, and appears against the year's budget; kinship care's page refuses a placement outside
 * the network before the options are considered. Every page passes axe, and the forms' errors follow the pattern.
 */
@KithTest
class FamilyNetworksJourneyTests {

    @LocalServerPort int port;
    @Autowired ProtectionMother protection;
    @Autowired SupportPackagesMother packages;
    @Autowired JdbcClient jdbc;

    @Test
    void theNetworkIsAddedItsMeetingMakesAPlanAndTheAuntsSupportIsPaidAgainstTheBudget() throws Exception {
        String family = "Kinjourney" + (char) ('a' + (int) (Math.random() * 26)) + (char) ('a' + (int) (Math.random() * 26));
        UUID child = protection.onAPlan("Wren", family, 12, 2).childId();
        packages.budgetLeft(1_000_000);
        LocalDate today = LocalDate.now();
        try (Browser browser = new Browser(port)) {
            browser.signIn("social.worker");
            browser.open("/people/" + child);
            browser.clickLink("Family and network");
            add(browser, "Gwen", family, "Grandparent", "Has Wren after school", "Nana Gwen makes pancakes");
            add(browser, "Mina", family, "Aunt or uncle", "Could have Wren to stay", "Auntie Mina has a trampoline");
            add(browser, "Cass", "Friendly", "Family friend", "Lifts to school", "Cass is kind");
            browser.assertShows("Gwen " + family, "Mina " + family, "Cass Friendly");
            browser.assertAccessible();
            UUID gwen = jdbc.sql("SELECT id FROM person WHERE given_name = 'Gwen' AND family_name = :f").param("f", family)
                    .query(UUID.class).single();
            browser.open("/people/" + child + "/network/members/" + gwen);
            browser.assertShows("Gwen " + family, "Has Wren after school");
            browser.assertAccessible();
            browser.open("/people/" + child + "/network");
            for (String name : new String[] {"Gwen " + family, "Mina " + family, "Cass Friendly"}) {
                assertThat(browser.script("return Array.from(document.querySelectorAll('#network-map g[data-key]'))"
                        + ".some(g => g.dataset.person === '" + name + "')")).as(name + " drawn on the map").isEqualTo(true);
                assertThat(browser.script("return Array.from(document.querySelectorAll('#network-people tr[data-key]'))"
                        + ".some(r => r.dataset.person === '" + name + "')")).as(name + " in the table").isEqualTo(true);
            }

            browser.open("/people/" + child);
            browser.clickLink("Family group decision making");
            browser.choose("stage-CHILD_PROTECTION");
            browser.date("consideredOn", today.minusDays(6));
            browser.submit("Record that a meeting was considered");
            browser.assertShows("The family group decision-making meeting has been considered", "Record the offer");
            browser.assertAccessible();
            browser.type("offer-offeredTo", "Wren's mother, Gwen and Mina " + family);
            browser.date("offer-offeredOn", today.minusDays(5));
            browser.submit("Record the offer");
            browser.assertShows("The offer has been recorded", "Record the family’s answer");
            browser.assertAccessible();
            browser.choose("answer-answer");
            browser.type("answer-answeredBy", "Wren's mother");
            browser.date("answer-answeredOn", today.minusDays(4));
            browser.date("answer-meetingDueOn", today.plusDays(10));
            browser.submit("Record the answer");
            browser.assertShows("The family’s answer has been recorded", "The independent coordinator");
            browser.assertAccessible();
            browser.select("coordinator-practitionerId",
                    "Joy Mensah, Family group decision-making coordinator, Demo Borough Council Children's Services");
            browser.date("coordinator-assignedOn", today.minusDays(3));
            browser.submit("Record the coordinator");
            browser.assertShows("The coordinator has been recorded", "Joy Mensah, since");
            browser.type("meeting-attendees", "Mum, Gwen, Mina, Cass");
            browser.date("meeting-heldOn", today.minusDays(1));
            browser.choose("meeting-privateFamilyTime");
            browser.submit("Record the meeting");
            browser.assertShows("The meeting has been recorded", "The family had private family time",
                    "Record the family’s plan");
            browser.assertAccessible();
            browser.date("plan-agreedOn", today.minusDays(1));
            browser.type("plan-steps0.what", "Have Wren to stay at weekends");
            browser.type("plan-steps0.who", "Mina");
            browser.date("plan-steps0.byWhen", today.plusDays(14));
            browser.type("plan-contingency", "Wren stays with Gwen if Mina cannot");
            browser.type("plan-supportRequested", "A bed for Wren at Mina's and train fares");
            browser.type("plan-livesWith", "At home with Mum");
            browser.date("plan-reviewDueOn", today.plusDays(60));
            browser.submit("Record the family’s plan");
            browser.assertShows("The family’s plan has been recorded", "Have Wren to stay at weekends",
                    "A bed for Wren at Mina's and train fares", "At home with Mum", "Review the family’s plan");
            browser.assertAccessible();

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
            browser.date("meetingHeldOn", today.minusDays(1));
            browser.select("item1Category", "Beds and furniture");
            browser.type("item1Description", "A bed for Wren at Mina's");
            browser.type("item1Amount", "220.00");
            browser.type("item1Helps", "Mina " + family);
            browser.select("item2Category", "Travel");
            browser.type("item2Description", "Train fares to Mina's at weekends");
            browser.type("item2Amount", "45.50");
            browser.type("item2Helps", "Mina " + family);
            browser.submit("Request support package");
            browser.assertShows("The support package has been requested", "Support package of £265.50",
                    "Waiting for a decision", "A bed for Wren at Mina's", "Train fares to Mina's at weekends");
            browser.assertAccessible();
            String pkg = browser.path();

            // Kinship care's page, from the child's: a placement outside the network waits for the options.
            browser.open("/people/" + child);
            browser.clickLink("Kinship care");
            browser.assertShows("Kinship care", "Network options considered", "A placement outside the network");
            browser.assertAccessible();
            browser.submit("Record placement");
            assertThat(browser.errorSummary()).containsExactly(
                    "Record the network options considered before a placement outside the network");
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
            // Paid in two parts: the bed first, then the fares.
            browser.date("payment-paidOn", today);
            browser.type("payment-amount", "220.00");
            browser.type("payment-paidTo", "Kithbridge Beds Ltd");
            browser.type("payment-reference", "PO-" + family);
            browser.submit("Record payment");
            browser.assertShows("The payment has been recorded", "£220.00 paid of £265.50 approved: £45.50 left to pay",
                    "PO-" + family);
            browser.assertAccessible();
            browser.date("payment-paidOn", today);
            browser.type("payment-amount", "45.50");
            browser.type("payment-paidTo", "Mina " + family);
            browser.type("payment-reference", "BACS-" + family);
            browser.submit("Record payment");
            browser.assertShows("The payment has been recorded", "£265.50 paid of £265.50 approved");
            browser.clickLink(packages.budgets().currentYear().label());
            browser.assertShows("Family network support " + packages.budgets().currentYear().label(), "Budget left",
                    "Wren " + family, "£265.50");
            browser.assertAccessible();
            browser.signOut();

            browser.signIn("admin");
            browser.open("/admin/support-packages");
            browser.assertShows("Service manager", "Head of service");
            browser.assertAccessible();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM support_package_payment p JOIN support_package s ON s.id = p.package_id "
                + "WHERE s.child_id = :c").param("c", child).query(Long.class).single()).isEqualTo(2);
    }

    /** Adds someone new to Kith to the child's network, from the network page, as an adult, very close, strong tie. */
    private static void add(Browser browser, String given, String family, String relationship, String help, String view) {
        browser.clickLink("Add someone to the network");
        browser.choose("kind");
        browser.type("givenName", given);
        browser.type("familyName", family);
        browser.select("relationship", relationship);
        browser.choose("closeness");
        browser.choose("tie");
        browser.choose("canHelp");
        browser.type("helpOffered", help);
        browser.type("childView", view);
        browser.submit("Add to the network");
        browser.assertShows("They have been added to the family network", given + " " + family);
    }
}
