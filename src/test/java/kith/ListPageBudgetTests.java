package kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.Contacts;
import kith.frontdoor.InformationRequests;
import kith.frontdoor.LawfulBasis;
import kith.frontdoor.NewContact;
import kith.frontdoor.ReferralDecision;
import kith.partnership.PartnershipDirectory;
import kith.protection.CoreGroups;
import kith.protection.StatutoryVisits;
import kith.support.StatementCounter;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every list page runs a fixed number of SQL statements however long its list: counted through the application's
 * data source, the page is asked with rows of every kind it lists, more rows are added, and it is asked again. A query per row would show as more
 * statements the second time. Each page also has an upper bound, so that a page that grows a statement is seen.
 */
@KithTest
class ListPageBudgetTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired StatementCounter statements;
    @Autowired FamilyHelpMother mother;
    @Autowired Contacts contacts;
    @Autowired kith.frontdoor.Screening screening;
    @Autowired InformationRequests requests;
    @Autowired PartnershipDirectory partnership;
    @Autowired kith.protection.ProtectionMother protection;
    @Autowired kith.protection.ChildProtectionPlans protectionPlans;
    @Autowired CoreGroups coreGroups;
    @Autowired StatutoryVisits visits;
    @Autowired kith.shared.Today today;

    private List<String> last = List.of();

    private int statementsFor(String path, String user) throws Exception {
        var request = get(path).with(users.as(user));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        last = statements.stop();
        return last.size();
    }

    /** Rows of each kind first (an empty list may skip a statement), then the count, then more rows and again. */
    private void assertFixed(String path, String user, int budget, Runnable moreRows) throws Exception {
        moreRows.run();
        int before = statementsFor(path, user);
        moreRows.run();
        int after = statementsFor(path, user);
        assertThat(after).as("%s as %s, with more rows", path, user).isEqualTo(before);
        assertThat(after).as("%s as %s: %s", path, user, String.join("\n", last)).isLessThanOrEqualTo(budget);
    }

    @Test
    void theFrontDoorTray() throws Exception {
        assertFixed("/front-door", "front.door", 19, () -> {
            for (int i = 0; i < 3; i++) {
                String given = "Tray" + i + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9-]", "x");
                UUID child = mother.child(given, "Budgetson");
                UUID referral = mother.undecidedReferral(child, given, "Budgetson");
                users.run("front.door", () -> {
                    contacts.record(contact("Unlinked" + given), true);
                    // A contact awaiting screening whose child is already linked (named through Identities).
                    screening.link(contacts.record(contact("Linked" + given), true).id(), 0, 0, child);
                    requests.ask(referral, school(), "Anything to share?", 24, LawfulBasis.SAFEGUARDING);
                });
            }
        });
    }

    @Test
    void aPartnersReferralsAndRequests() throws Exception {
        assertFixed("/referrals", "school.dsl", 5, () -> users.run("school.dsl", () -> {
            for (String given : List.of("SentA", "SentB", "SentC")) {
                contacts.submitAsPartner(contact(given), true);
            }
        }));
        assertFixed("/information-requests", "school.dsl", 5, () -> {
            for (int i = 0; i < 3; i++) {
                UUID child = mother.child("Asked" + i, "Budgetson");
                UUID referral = mother.undecidedReferral(child, "Asked" + i, "Budgetson");
                users.run("front.door", () -> requests.ask(referral, school(), "Attendance?", 24, LawfulBasis.SAFEGUARDING));
            }
        });
    }

    @Test
    void aManagersTeamAndAPractitionersTray() throws Exception {
        assertFixed("/family-help/team", "team.manager", 5, () -> {
            for (int i = 0; i < 3; i++) {
                mother.episode("Team" + i, "Budgetson", ReferralDecision.TARGETED_EARLY_HELP);
            }
        });
        // Seven since child protection joined the tray: a partner's tray with child protection work asks the policy,
        // once for the whole tray, which of those records they may open (cp-casework).
        assertFixed("/", "health.visitor", 7, () -> {
            for (int i = 0; i < 3; i++) {
                mother.episodeLedByHealthVisitor("Led" + i, "Budgetson", ReferralDecision.SECTION_17_ASSESSMENT);
            }
        });
    }

    @Test
    void aReferralWithItsEarlierReferrals() throws Exception {
        UUID child = mother.child("History", "Budgetson");
        UUID latest = mother.undecidedReferral(child, "History", "Budgetson");
        assertFixed("/front-door/referrals/" + latest, "front.door", 15, () -> {
            for (int i = 0; i < 3; i++) {
                mother.decidedReferral(child, "History", "Budgetson", ReferralDecision.INFORMATION_AND_ADVICE);
            }
        });
    }

    @Test
    void aPractitionersTraining() throws Exception {
        UUID council = partnership.agencyNamed("Demo Borough Council Children's Services").orElseThrow();
        UUID practitioner = partnership.registerPractitioner(new PartnershipDirectory.NewPractitioner(council, null,
                "Budget", "Trainee", "Social worker", kith.partnership.Discipline.SOCIAL_WORKER, "SW700002",
                LocalDate.of(2015, 7, 1)));
        assertFixed("/partnership/practitioners/" + practitioner, "admin", 2, () -> {
            for (int i = 0; i < 3; i++) {
                partnership.recordTraining(practitioner, "Course " + i + " " + UUID.randomUUID(), LocalDate.of(2020, 1, 1 + i));
            }
        });
    }

    // ---- Child protection (part B): the plan page lists its core group, meetings, visits, support and conferences.
    @Test
    void aChildProtectionPlanWithItsCoreGroupMeetingsAndVisits() throws Exception {
        var plan = protection.onAPlan("Budget", "Planson", 12, 2).planId();
        UUID council = partnership.agencyNamed("Demo Borough Council Children's Services").orElseThrow();
        assertFixed("/child-protection/plans/" + plan, "team.manager", 17, () -> users.run("social.worker", () -> {
            for (int i = 0; i < 2; i++) {
                UUID member = partnership.registerPractitioner(new PartnershipDirectory.NewPractitioner(council, null,
                        "Member" + i, "Budget" + UUID.randomUUID().toString().substring(0, 6), "Family support worker",
                        kith.partnership.Discipline.FAMILY_SUPPORT_WORKER, null, null));
                protectionPlans.addToCoreGroup(plan, member, "Family support");
                coreGroups.record(plan, new CoreGroups.NewMeeting(today.date(), "Everyone", "Progress " + i, null));
                visits.record(plan, new StatutoryVisits.NewVisit(today.date(), true, true, i % 2 == 0, null, null, "Seen " + i, null));
                protectionPlans.offerSupport(plan, today.date(), "Leaflet " + i, "Mum");
            }
        }));
    }

    // --- Child protection (cp-casework): the lead child protection practitioner's tray with 40 children on plans ---

    @Autowired org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Children on plans led by child.protection, their events handled (the tasks and entries written). */
    private void onPlans(int from, int to) {
        var events = new kith.support.EventDelivery(publisher, transactions, jdbc);
        for (int i = from; i < to; i++) {
            String given = "Led" + Character.toString('A' + i / 26) + Character.toString('a' + i % 26);
            events.awaitHandled(protection.onAPlan(given, "Budgetplan", 12, 2).childId());
        }
    }

    @Test
    void theLeadChildProtectionPractitionersTrayWithFortyChildrenOnPlans() throws Exception {
        onPlans(0, 1);
        int one = statementsFor("/", "child.protection");
        onPlans(1, 40);
        int forty = statementsFor("/", "child.protection");
        String tray = mvc.perform(get("/").with(users.as("child.protection"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tray.split(">Make the statutory visit<", -1).length - 1).as("every plan's visit is on the tray")
                .isGreaterThanOrEqualTo(40);
        assertThat(forty).as("the tray with 40 children on plans, as with one").isEqualTo(one);
        assertThat(forty).as("/ as child.protection: %s", String.join("\n", last)).isLessThanOrEqualTo(6);
    }

    private UUID school() {
        return partnership.agencyNamed("Kithbridge Primary School").orElseThrow();
    }

    private static NewContact contact(String given) {
        return new NewContact(NewContact.ReferrerKind.AGENCY, null, "Kithbridge Primary School", "Ms Teacher", null,
                kith.frontdoor.ReferralSource.SOURCE_2A,
                List.of(new NewContact.Child(given, "Budgetson", LocalDate.of(2018, 4, 1), null, null, null, null)),
                "Worried about " + given + " " + UUID.randomUUID(), true, true, null);
    }
}
