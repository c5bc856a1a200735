package kith.journeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.UserAccounts;
import kith.access.WorkingRelationships;
import kith.frontdoor.ReferralDecided;
import kith.frontdoor.ReferralDecision;
import kith.frontdoor.ReferralReceived;
import kith.people.PersonManagement;
import kith.support.EventDelivery;
import kith.support.FamilyHelpEventMother;
import kith.support.PersonMother;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4's case-work journey: a lead practitioner from health sees an overdue assessment on their work tray,
 * opens the child's chronology from it and narrows it to visits; every page passes axe.
 */
@KithTest
class ChronologyJourneyTests {

    @LocalServerPort int port;
    @Autowired PersonManagement people;
    @Autowired WorkingRelationships relationships;
    @Autowired UserAccounts accounts;
    @Autowired Users users;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void aLeadPractitionerSeesOverdueWorkOnTheirTrayAndReadsTheChildsChronology() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID healthVisitor = accounts.loadUserByUsername("health.visitor").practitionerId();
        UUID child = users.call("social.worker", () -> people.create(
                PersonMother.child().withGivenName("Poppy").withFamilyName("Kestrel").details()).id());
        relationships.start(UUID.randomUUID(), List.of(child), healthVisitor, WorkingRelationships.Kind.LEAD_PRACTITIONER);
        UUID referral = UUID.randomUUID();
        FamilyHelpEventMother episode = FamilyHelpEventMother.episodeFor(child);
        new EventDelivery(publisher, transactions, jdbc).deliver(child,
                new ReferralReceived(referral, child, today.minusDays(40), "3B", false),
                new ReferralDecided(referral, child, ReferralDecision.TARGETED_EARLY_HELP, today.minusDays(39), "front.door", false,
                        today.minusDays(40)),
                episode.openedOn(today.minusDays(38)),
                episode.leadAllocatedOn(today.minusDays(38), healthVisitor),
                episode.assessmentStarted(UUID.randomUUID(), today.minusDays(37), today.minusDays(2), healthVisitor),
                episode.visitedOn(today.minusDays(3)));

        try (Browser browser = new Browser(port)) {
            browser.signIn("health.visitor");
            browser.assertShows("Your families", "Poppy Kestrel", "Complete the assessment", "Overdue by 2 days");
            browser.assertAccessible();

            browser.click(By.xpath("//a[normalize-space()='Chronology of Poppy Kestrel']"));
            browser.assertShows("Chronology", "6 entries, newest first", "Visit: child seen alone",
                    "Statutory", "by Jordan Ellis", "Lead practitioner: Grace Adeyemi, Demo Community Health NHS Trust");
            browser.assertAccessible();

            browser.choose("kind-VISIT");
            browser.clickButton("Apply filters");
            browser.assertShows("1 entry, newest first", "Visit: child seen alone");
            browser.assertAccessible();
        }
    }
}
