package kith.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.RunAs;
import kith.access.UserAccounts;
import kith.familyhelp.EpisodeKind;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpAllocation;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.FamilyMembers;
import kith.networks.FamilyGroupDecision.Answer;
import kith.networks.FamilyGroupDecision.FamilysPlanAgreement;
import kith.networks.FamilyGroupDecision.FamilysPlanStep;
import kith.networks.FamilyGroupDecision.FgdmAnswer;
import kith.networks.FamilyGroupDecision.FgdmConsideration;
import kith.networks.FamilyGroupDecision.FgdmCoordinator;
import kith.networks.FamilyGroupDecision.FgdmMeeting;
import kith.networks.FamilyGroupDecision.FgdmOffer;
import kith.networks.FamilyGroupDecision.FgdmPreparation;
import kith.networks.PreProceeding.LpmDecision;
import kith.networks.PreProceeding.PpLegalPlanningMeeting;
import kith.networks.PreProceeding.PpLetter;
import kith.networks.PreProceeding.PpMeeting;
import kith.networks.PreProceeding.PpStart;
import kith.people.Address;
import kith.people.PeopleSearch;
import kith.people.PersonDetails;
import kith.people.PersonKind;
import kith.people.PersonManagement;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.people.SearchCriteria;
import kith.shared.ConditionalOnDemo;
import kith.shared.Today;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Family networks for the demo. Poppy Marchbank (on a child protection plan, see the child protection demo) has a
 * network worth drawing: her grandmother Maureen and aunt Leanne, who help most; a family friend and a neighbour; her
 * grandfather, whom she rarely sees; and her cousin. A family group decision-making meeting, coordinated by
 * {@code fgdm.coordinator}, was held with private family time and made the family's plan, which asked for a bed at
 * Leanne's and bus fares: a support package approved by the team manager and paid against the year's budget. The Thornbury family are in
 * pre-proceedings: the letter before proceedings carried the offer of a meeting, which Shannon accepted; the meeting is
 * still to be held. Dates are days before the day Kith starts.
 */
@Component
@ConditionalOnDemo
@Order(60)
class DemoFamilyNetworks implements ApplicationRunner {

    static final String POPPY_NHS_NUMBER = "9999990037";
    static final String KAI_NHS_NUMBER = "9999990053";

    private final RunAs runAs;
    private final PeopleSearch search;
    private final PersonManagement people;
    private final Relationships relationships;
    private final FamilyNetworks networks;
    private final FamilyGroupDecisions decisions;
    private final FgdmOffers offers;
    private final FgdmMeetings meetings;
    private final PreProceedings preProceedings;
    private final SupportPackages packages;
    private final SupportBudgets budgets;
    private final PreProceedingsSteps steps;
    private final FamilyHelpOpening opening;
    private final FamilyMembers family;
    private final FamilyHelpAllocation allocation;
    private final UserAccounts accounts;
    private final Today today;
    private final TransactionTemplate transactions;

    DemoFamilyNetworks(RunAs runAs, PeopleSearch search, PersonManagement people, Relationships relationships,
            FamilyNetworks networks, FamilyGroupDecisions decisions, FgdmOffers offers, FgdmMeetings meetings,
            PreProceedings preProceedings, SupportPackages packages, SupportBudgets budgets, PreProceedingsSteps steps, FamilyHelpOpening opening, FamilyMembers family,
            FamilyHelpAllocation allocation, UserAccounts accounts, Today today, TransactionTemplate transactions) {
        this.runAs = runAs;
        this.search = search;
        this.people = people;
        this.relationships = relationships;
        this.networks = networks;
        this.decisions = decisions;
        this.offers = offers;
        this.meetings = meetings;
        this.preProceedings = preProceedings;
        this.packages = packages;
        this.budgets = budgets;
        this.steps = steps;
        this.opening = opening;
        this.family = family;
        this.allocation = allocation;
        this.accounts = accounts;
        this.today = today;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID poppy = find(POPPY_NHS_NUMBER);
        // All or nothing, as the other demo families: a start that fails part-way leaves nothing half-made.
        if (poppy != null && runAs.call("social.worker", () -> decisions.forChild(poppy).isEmpty())) {
            transactions.executeWithoutResult(status -> marchbankNetwork(poppy));
        }
        if (find(KAI_NHS_NUMBER) == null) {
            transactions.executeWithoutResult(status -> thornburys());
        }
    }

    private UUID find(String nhsNumber) {
        return runAs.call("team.manager", () -> search.search(new SearchCriteria(null, null, nhsNumber)).stream()
                .findFirst().map(found -> found.id()).orElse(null));
    }

    private void marchbankNetwork(UUID poppy) {
        runAs.call("social.worker", () -> {
            UUID kerry = relationships.of(poppy).stream().filter(r -> r.type() == RelationshipType.PARENT)
                    .findFirst().orElseThrow().person().id();
            UUID maureen = member(poppy, PersonKind.ADULT, "Maureen", "Marchbank", LocalDate.of(1969, 2, 11),
                    RelationshipType.GRANDPARENT, Closeness.VERY_CLOSE, TieKind.STRONG, CanHelp.YES,
                    "Takes Poppy to nursery every morning", "07700 900411, 3 Mill Lane, Kithbridge",
                    "Nanna Mo reads me stories");
            UUID leanne = member(poppy, PersonKind.ADULT, "Leanne", "Marchbank", LocalDate.of(1993, 6, 30),
                    RelationshipType.AUNT_OR_UNCLE, Closeness.VERY_CLOSE, TieKind.STRONG, CanHelp.YES,
                    "Has Poppy after nursery on Tuesdays and Thursdays, and to stay if Kerry is unwell",
                    "07700 900418", "Auntie Lee has a dog called Biscuit");
            UUID alfie = member(poppy, PersonKind.CHILD, "Alfie", "Marchbank", LocalDate.of(2019, 10, 2),
                    RelationshipType.COUSIN, Closeness.CLOSE, TieKind.STRONG, CanHelp.NOT_ASKED, null, null,
                    "Alfie is my best friend");
            member(poppy, PersonKind.ADULT, "Tasha", "Boyd", LocalDate.of(1995, 1, 19), RelationshipType.FAMILY_FRIEND,
                    Closeness.CLOSE, TieKind.MODERATE, CanHelp.MAYBE, "Could help with the school run from January",
                    "07700 900432", "Tasha does my hair");
            member(poppy, PersonKind.ADULT, "Gordon", "Pike", LocalDate.of(1958, 8, 8), RelationshipType.NEIGHBOUR,
                    Closeness.DISTANT, TieKind.WEAK, CanHelp.NO, null, null, "He waves from his garden");
            UUID stephen = member(poppy, PersonKind.ADULT, "Stephen", "Marchbank", LocalDate.of(1966, 12, 1),
                    RelationshipType.GRANDPARENT, Closeness.DISTANT, TieKind.STRESSFUL, CanHelp.NO, null, null,
                    "Grandad shouts");
            // The family among themselves, for the genogram: Maureen and Stephen are Kerry's and Leanne's parents,
            // and Leanne is Alfie's mother.
            relationships.relate(kerry, maureen, RelationshipType.PARENT);
            relationships.relate(leanne, maureen, RelationshipType.PARENT);
            relationships.relate(kerry, stephen, RelationshipType.PARENT);
            relationships.relate(leanne, stephen, RelationshipType.PARENT);
            relationships.relate(alfie, leanne, RelationshipType.PARENT);
            relationships.relate(kerry, leanne, RelationshipType.SIBLING);
            UUID meeting = fgdmHeld(poppy);
            return supportPackage(poppy, meeting, leanne);
        });
    }

    // Wirral's family network support budget was about £550,000 a year; the demo borough's is set at £250,000.
    private static final long DEMO_BUDGET_PENCE = 25_000_000L;

    /** The bed and bus fares the family's plan asked for, approved by the team manager and paid. */
    private UUID supportPackage(UUID poppy, UUID meeting, UUID leanne) {
        runAs.call("admin", () -> {
            SupportBudgets.YearBudget year = budgets.year(budgets.currentYear());
            return year.budgetPence() > 0 ? year : budgets.setBudget(year.year(), DEMO_BUDGET_PENCE, year.version());
        });
        LocalDate heldOn = decisions.open(meeting).heldOn();
        UUID id = packages.request(poppy, new SupportPackage.NewRequest(SupportPackage.Purpose.STAY_AT_HOME,
                SupportPackage.Basis.FAMILY_GROUP_MEETING, heldOn, meeting, null, List.of(
                        new SupportPackage.NewItem(SupportPackage.Category.BEDS_AND_FURNITURE,
                                "A bed and bedding for Poppy at Leanne's", 18_000L, leanne, null),
                        new SupportPackage.NewItem(SupportPackage.Category.TRAVEL,
                                "Bus fares for Maureen's nursery runs, for three months", 6_000L, null, "Maureen Marchbank"))));
        runAs.call("team.manager", () -> packages.approve(id, packages.open(id).version()));
        packages.pay(id, new SupportPackage.NewPayment(today.date(), 18_000L, "Kithbridge Furniture Store",
                "PO-20418"));
        packages.pay(id, new SupportPackage.NewPayment(today.date(), 6_000L, "Maureen Marchbank",
                "BACS-77310"));
        return id;
    }

    private UUID member(UUID child, PersonKind kind, String given, String familyName, LocalDate born,
            RelationshipType relationship, Closeness closeness, TieKind tie, CanHelp canHelp, String help,
            String contact, String childView) {
        return networks.addNewPerson(child, new NewPerson(kind, given, familyName, born),
                new MemberDetails(relationship, closeness, tie, canHelp, help, contact, childView));
    }

    /** The meeting at the child protection stage, held with private family time, and the family's plan. */
    private UUID fgdmHeld(UUID poppy) {
        UUID id = decisions.consider(new FgdmConsideration(poppy, List.of(), FgdmStage.CHILD_PROTECTION, daysAgo(30)));
        offers.offer(id, version(id), new FgdmOffer("Kerry Marchbank (mother)", daysAgo(28)));
        offers.answer(id, version(id), new FgdmAnswer(Answer.ACCEPTED, "Kerry Marchbank", daysAgo(27), daysAgo(10)));
        meetings.assignCoordinator(id, version(id), new FgdmCoordinator(practitioner("fgdm.coordinator"), daysAgo(26)));
        meetings.prepare(id, version(id), new FgdmPreparation("Met Kerry, Maureen and Leanne at home to explain the "
                + "meeting and who Poppy wants there", "Kerry, Maureen, Leanne", daysAgo(20)));
        meetings.hold(id, version(id), new FgdmMeeting(daysAgo(14), "Kerry, Maureen, Leanne, Tasha; Joy Mensah "
                + "(coordinator); Ruth Calloway and Grace Adeyemi for the information", true));
        meetings.agreePlan(id, version(id), new FamilysPlanAgreement(daysAgo(14),
                List.of(new FamilysPlanStep("Take Poppy to nursery every morning", "Maureen", daysAgo(-7)),
                        new FamilysPlanStep("Have Poppy after nursery on Tuesdays and Thursdays", "Leanne", daysAgo(-7)),
                        new FamilysPlanStep("See the GP about feeling low", "Kerry", daysAgo(-14))),
                "If Kerry is unwell, Poppy stays with Leanne and Maureen does the nursery run from there",
                "A bed for Poppy at Leanne's, and bus fares for Maureen", null, null, daysAgo(-42)));
        return id;
    }

    /** Kai Thornbury, 7, in pre-proceedings: the letter carried the offer of a meeting, accepted and not yet held. */
    private void thornburys() {
        Address home = new Address("9 Canal Street", null, "Kithbridge", "KB2 1QP", daysAgo(900), null, false);
        UUID[] ids = runAs.call("social.worker", () -> {
            UUID shannon = people.create(new PersonDetails(PersonKind.ADULT, false, "Shannon", "Thornbury", null,
                    List.of(), LocalDate.of(1992, 4, 17), null, "F", "WBRI", List.of(), List.of("English"),
                    List.of(home), "9999990061", "GP record", null)).id();
            UUID kai = people.create(new PersonDetails(PersonKind.CHILD, false, "Kai", "Thornbury", null, List.of(),
                    today.date().minusYears(7).minusDays(120), null, "M", "WBRI", List.of(), List.of("English"),
                    List.of(home), KAI_NHS_NUMBER, "School", null)).id();
            relationships.relate(kai, shannon, RelationshipType.PARENT);
            return new UUID[] {kai, shannon};
        });
        UUID kai = ids[0];
        runAs.call("team.manager", () -> {
            EpisodeView opened = opening.openDirectly(List.of(kai), EpisodeKind.CHILD_IN_NEED, daysAgo(200));
            EpisodeView withFamily = family.confirm(opened.id(), opened.version(), List.of(ids[1]));
            return allocation.allocateLead(withFamily.id(), withFamily.version(), practitioner("social.worker"));
        });
        runAs.call("social.worker", () -> {
            UUID fgdm = decisions.consider(new FgdmConsideration(kai, List.of(), FgdmStage.PRE_PROCEEDINGS, daysAgo(24)));
            offers.offer(fgdm, version(fgdm), new FgdmOffer("Shannon Thornbury (mother), in the letter before "
                    + "proceedings", daysAgo(20)));
            offers.answer(fgdm, version(fgdm), new FgdmAnswer(Answer.ACCEPTED, "Shannon Thornbury", daysAgo(16),
                    daysAgo(-6)));
            UUID pp = preProceedings.start(new PpStart(kai, daysAgo(25)));
            preProceedings.legalPlanningMeeting(pp, ppVersion(pp), new PpLegalPlanningMeeting(daysAgo(25),
                    LpmDecision.ENTER_PRE_PROCEEDINGS));
            preProceedings.sendLetter(pp, ppVersion(pp), new PpLetter(daysAgo(20)));
            steps.meeting(pp, ppVersion(pp), new PpMeeting(daysAgo(12), daysAgo(-30)));
            return null;
        });
    }

    private long version(UUID fgdm) {
        return decisions.open(fgdm).version();
    }

    private long ppVersion(UUID pp) {
        return preProceedings.open(pp).version();
    }

    private UUID practitioner(String username) {
        return accounts.loadUserByUsername(username).practitionerId();
    }

    private LocalDate daysAgo(int days) {
        return today.date().minusDays(days);
    }
}
