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
        // once for the whole tray, which of those records they may open (cp-casework). Eight since the voice of
        // families and staff: one statement asks whether this month's pulse survey is due and how many families wait
        // for a feedback link (insights.voice.VoicePrompts).
        assertFixed("/", "health.visitor", 8, () -> {
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
        assertThat(forty).as("/ as child.protection: %s", String.join("\n", last)).isLessThanOrEqualTo(7); // 6, and 1 for the voice prompts (insights.voice.VoicePrompts)
    }

    // --- Child protection pages, part A: the family's child protection work and the administrator's teams. ---

    @Autowired kith.protection.StrategyDiscussions discussions;
    @Autowired kith.protection.Section47Enquiries enquiries;
    @Autowired kith.protection.Conferences conferences;
    @Autowired kith.protection.ChildProtectionPlans cpPlans;
    @Autowired kith.protection.TransfersIn transfersIn;
    @Autowired kith.protection.ChildProtectionTeams cpTeams;

    @Test
    void aFamilysChildProtectionWork() throws Exception {
        kith.familyhelp.EpisodeView episode = protection.steppedUp("Cycle", "Budgetson");
        int[] round = {0};
        assertFixed("/child-protection/episodes/" + episode.id(), "social.worker", 13,
                () -> aRoundOfChildProtection(episode, 80 - 30 * round[0]++));
    }

    /**
     * One more of every row the page lists, all for the same child, dates counted back from {@code base} working days
     * ago: a discussion and its enquiry, the initial conference and the plan it set, the review that ended it, and a
     * transfer in whose conference decided on no plan (so that the next round may start again).
     */
    private void aRoundOfChildProtection(kith.familyhelp.EpisodeView episode, int base) {
        UUID child = kith.protection.ProtectionMother.childOf(episode);
        users.run("social.worker", () -> discussions.record(protection.discussion(episode, protection.workingDaysAgo(base),
                protection.requiredAgencies(), null, true)));
        UUID enquiry = enquiries.ofEpisode(episode.id()).stream().filter(e -> e.completedOn() == null).findFirst()
                .orElseThrow().id();
        users.run("social.worker", () -> enquiries.complete(enquiry, enquiries.open(enquiry).version(),
                new kith.protection.Section47Enquiries.Findings("Bruising", true,
                        kith.protection.Section47Enquiries.Outcome.INITIAL_CONFERENCE, protection.workingDaysAgo(base - 1))));
        LocalDate setOn = protection.workingDaysAgo(base - 2);
        List<kith.protection.Conference.Invitee> invited = List.of(new kith.protection.Conference.Invitee(
                kith.protection.Conference.InviteeKind.PARENT, null, null, "Their mum", null));
        UUID initial = users.call("social.worker", () -> conferences.arrangeInitial(enquiry,
                new kith.protection.Conference.Arrangement(setOn, invited, false, null, null)));
        UUID plan = users.call("conference.chair", () -> {
            conferences.hold(initial, conferences.open(initial).version(), new kith.protection.Conference.Held(setOn,
                    List.of(), kith.protection.Conference.Decision.PLAN, kith.protection.Category.NEG, "Neglect", false, null));
            return cpPlans.start(initial, new kith.protection.ChildProtectionPlan.NewPlan(setOn,
                    protection.practitioner("child.protection"), "No food in the house",
                    List.of(new kith.protection.ChildProtectionPlan.Step("Food every day", "Mum", "From now")), null, null));
        });
        LocalDate reviewOn = protection.workingDaysAgo(base - 10);
        users.run("conference.chair", () -> {
            UUID review = conferences.arrangeReview(plan, new kith.protection.Conference.Arrangement(reviewOn, invited,
                    false, null, null));
            conferences.hold(review, conferences.open(review).version(), new kith.protection.Conference.Held(reviewOn,
                    List.of(), kith.protection.Conference.Decision.END_PLAN, null, "Safe now", false, null));
        });
        UUID transfer = users.call("social.worker", () -> transfersIn.notify(new kith.protection.TransfersIn.Notification(
                episode.id(), child, "Othershire County Council", protection.workingDaysAgo(base - 12),
                protection.workingDaysAgo(base + 20), kith.protection.Category.EMO, "Duty desk", "Their plan")));
        LocalDate transferOn = protection.workingDaysAgo(base - 13);
        UUID transferConference = users.call("social.worker", () -> conferences.arrangeTransferIn(transfer,
                new kith.protection.Conference.Arrangement(transferOn, invited, false, null, null)));
        users.run("conference.chair", () -> conferences.hold(transferConference,
                conferences.open(transferConference).version(), new kith.protection.Conference.Held(transferOn, List.of(),
                        kith.protection.Conference.Decision.NO_PLAN, null, "Settled here", false, null)));
    }

    @Test
    void theChildProtectionTeams() throws Exception {
        assertFixed("/admin/child-protection-teams", "admin", 4, () -> users.run("admin", () -> {
            // Named to sort after the demo team, which stays the team new work goes to.
            UUID team = cpTeams.createTeam("Zz budget team " + UUID.randomUUID());
            cpTeams.addMember(team, new kith.protection.ChildProtectionTeams.Nomination(protection.practitioner("police.officer"),
                    kith.protection.ChildProtectionTeams.MemberType.POLICE,
                    kith.protection.ChildProtectionTeams.Nominator.CHIEF_OFFICER_OF_POLICE, "Chief Constable",
                    LocalDate.of(2026, 4, 1)));
            cpTeams.addMember(team, new kith.protection.ChildProtectionTeams.Nomination(protection.practitioner("health.visitor"),
                    kith.protection.ChildProtectionTeams.MemberType.HEALTH,
                    kith.protection.ChildProtectionTeams.Nominator.INTEGRATED_CARE_BOARD, "Chief Nurse",
                    LocalDate.of(2026, 4, 1)));
        }));
    }
    // --- end of child protection pages, part A

    // --- networks: family group decision making and pre-proceedings
    @Autowired kith.networks.FgdmMother fgdm;
    @Autowired kith.networks.PreProceedings preProceedings;

    @Test
    void aChildsFamilyGroupDecisions() throws Exception {
        UUID child = mother.child("Fgdm", "Budgetson");
        // Closed ones (not offered) as the child, and open ones at each stage, so that every kind of row is there.
        fgdm.considered(child, kith.networks.FgdmStage.FAMILY_HELP);
        fgdm.held(child);
        assertFixed("/people/" + child + "/fgdm", "social.worker", 12, () -> fgdm.notOfferedApproved(child, kith.networks.FgdmStage.CHILD_PROTECTION));
    }

    @Test
    void aChildsPreProceedings() throws Exception {
        UUID child = mother.child("Pp", "Budgetson");
        assertFixed("/people/" + child + "/pre-proceedings", "social.worker", 10, () -> users.run("social.worker", () -> {
            UUID id = preProceedings.start(new kith.networks.PreProceeding.PpStart(child, today.date().minusDays(3)));
            preProceedings.legalPlanningMeeting(id, 0, new kith.networks.PreProceeding.PpLegalPlanningMeeting(
                    today.date().minusDays(2), kith.networks.PreProceeding.LpmDecision.NO_LEGAL_THRESHOLD));
        }));
    }
    // --- end of networks: family group decision making and pre-proceedings
    // --- networks: support packages: a child's packages, one package's items and payments, and the year's list ---
    @Autowired kith.networks.SupportPackagesMother supportPackages;
    @Autowired kith.networks.SupportPackages packagesService;

    @Test
    void aChildsSupportPackagesAndOnePackagesPayments() throws Exception {
        supportPackages.managers();
        UUID first = supportPackages.approved("Budget", "Packageson", supportPackages.bed(100), supportPackages.travel(100));
        UUID child = users.call("social.worker", () -> packagesService.open(first).childId());
        assertFixed("/people/" + child + "/support-packages", "social.worker", 6, () -> users.run("social.worker", () -> {
            for (int i = 0; i < 2; i++) {
                packagesService.request(child, supportPackages.request(supportPackages.bed(100 + i)));
            }
        }));
        assertFixed("/support-packages/" + first, "social.worker", 12, () -> users.run("social.worker", () -> {
            for (int i = 0; i < 2; i++) {
                packagesService.pay(first, new kith.networks.SupportPackage.NewPayment(today.date(), 1L, "Shop", "R" + i));
            }
        }));
        assertFixed("/family-network-support", "social.worker", 8, () -> {
            for (int i = 0; i < 2; i++) {
                supportPackages.requested("Budget", "Yearson" + i, supportPackages.bed(100));
            }
        });
    }

    @Autowired kith.networks.KinshipCare kinshipCare;

    @Test
    void aChildsKinshipOptionsAndArrangements() throws Exception {
        UUID child = supportPackages.childOpenToFamilyHelp("Budget", "Kinson");
        // Sixteen, fixed however many rows: each of the page's lists (options, arrangements, the network for the carer)
        // checks access and shows its people, audited, and the local offer is read once more for the form.
        assertFixed("/people/" + child + "/kinship", "social.worker", 16, () -> users.run("social.worker", () -> {
            for (int i = 0; i < 2; i++) {
                kinshipCare.considerOption(child, new kith.networks.Kinship.NewOption(null, "Aunt " + i,
                        today.date(), false, "Not able to care"));
            }
        }));
    }
    // --- end of networks: support packages

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
