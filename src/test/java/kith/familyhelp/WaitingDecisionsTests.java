package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.access.Role;
import kith.access.UserAccounts;
import kith.familyhelp.WaitingDecisions.Decision;
import kith.familyhelp.WaitingDecisions.Kind;
import kith.frontdoor.ReferralDecision;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.people.Identity;
import kith.shared.AccessRefused;
import kith.support.AuditLog;
import kith.support.StatementCounter;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Managers have no list of the decisions waiting for them": referrals decided as Family Help waiting to be
 * opened, assessments waiting for authorisation and step-ups waiting for child protection are on the manager's
 * home page and in the work tray API, each with its due date, overdue first; each leaves the list once decided.
 */
@KithTest
class WaitingDecisionsTests {

    @Autowired WaitingDecisions waiting;
    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpOpening opening;
    @Autowired FamilyHelpDecisions decisions;
    @Autowired Assessments assessments;
    @Autowired TeamFamilies teamFamilies;
    @Autowired RestrictedRecords restrictions;
    @Autowired PartnershipDirectory partnership;
    @Autowired UserAccounts accounts;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StatementCounter statements;

    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(ZoneId.of("Europe/London"));
        // A manager of another team (Family Help South), as in TeamFamiliesTests.
        if (!accounts.exists("south.manager")) {
            UUID council = partnership.practitioner(accounts.loadUserByUsername("team.manager").practitionerId())
                    .orElseThrow().agencyId();
            UUID team = partnership.registerTeam(council, "Family Help South", "FAMILY_HELP");
            UUID manager = partnership.registerPractitioner(new PartnershipDirectory.NewPractitioner(council, team,
                    "Noor", "Hassan", "Practice manager", Discipline.SOCIAL_WORKER, "SW055501", LocalDate.of(2010, 7, 1)));
            accounts.create("south.manager", "kith-demo", Role.TEAM_MANAGER, manager);
        }
    }

    /** A referral decided as Family Help; Family Help learns of it from the front door's event, after commit. */
    private UUID referralDecidedAsFamilyHelp(String given, String family) {
        UUID child = mother.child(given, family);
        UUID referral = mother.decidedReferral(child, given, family, ReferralDecision.SECTION_17_ASSESSMENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> find("team.manager", referral) != null);
        return referral;
    }

    /** Family Help opened directly by the manager for a child referred 80 days ago, with its assessment completed late. */
    private UUID assessmentCompletedLate(String given, String family) {
        UUID child = mother.child(given, family);
        return users.call("team.manager", () -> {
            EpisodeView episode = opening.openDirectly(List.of(child), EpisodeKind.CHILD_IN_NEED, today.minusDays(80));
            AssessmentView started = assessments.start(episode.id(), child, today.minusDays(70));
            return assessments.complete(started.id(), started.version(), new AssessmentContent("Mum's words",
                            "The child's words", List.of("21"), "Analysis", "FAMILY_HELP_PLAN", "N4"), today.minusDays(2),
                    "The family was away").id();
        });
    }

    private EpisodeView steppedUp(String given, String family) {
        EpisodeView episode = mother.episode(given, family, ReferralDecision.TARGETED_EARLY_HELP);
        return users.call("team.manager", () -> decisions.stepUp(episode.id(), episode.version(), "Bruising seen at school"));
    }

    private Decision find(String manager, UUID id) {
        return users.call(manager, () -> waiting.forMe()).stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void eachKindIsListedWithItsDueDateOverdueFirstAndLeavesTheListOnceDecided() throws Exception {
        UUID referral = referralDecidedAsFamilyHelp("Wren", "Waitwell");
        UUID assessment = assessmentCompletedLate("Otto", "Waitwell");
        EpisodeView stepUp = steppedUp("Lark", "Waitwell");

        List<Decision> list = users.call("team.manager", () -> waiting.forMe());
        Decision toOpen = find("team.manager", referral);
        Decision toAuthorise = find("team.manager", assessment);
        Decision waitingForProtection = find("team.manager", stepUp.id());
        // Working Together 2023: the assessment is due 45 working days from the referral, today's here.
        assertThat(toOpen.kind()).isEqualTo(Kind.OPEN_FAMILY_HELP);
        assertThat(toOpen.dueOn()).isEqualTo(assessments.dueDateFor(today));
        assertThat(toOpen.since()).isEqualTo(today);
        assertThat(toOpen.decision()).isEqualTo("SECTION_17_ASSESSMENT");
        assertThat(toOpen.childNames()).isEqualTo("Wren Waitwell");
        assertThat(toOpen.link()).isEqualTo("/front-door/referrals/" + referral);
        assertThat(toAuthorise.kind()).isEqualTo(Kind.AUTHORISE_ASSESSMENT);
        assertThat(toAuthorise.since()).isEqualTo(today.minusDays(2));
        assertThat(toAuthorise.dueOn()).isEqualTo(assessments.dueDateFor(today.minusDays(80)));
        assertThat(toAuthorise.overdue()).isTrue();
        assertThat(toAuthorise.link()).isEqualTo("/family-help/assessments/" + assessment);
        assertThat(waitingForProtection.kind()).isEqualTo(Kind.STEP_UP_WAITING);
        assertThat(waitingForProtection.dueOn()).isEqualTo(today);
        assertThat(waitingForProtection.dueToday()).isTrue();
        assertThat(waitingForProtection.link()).isEqualTo("/family-help/" + stepUp.id());
        assertThat(list.indexOf(toAuthorise)).as("overdue first").isLessThan(list.indexOf(waitingForProtection));
        assertThat(list.indexOf(waitingForProtection)).as("then soonest due").isLessThan(list.indexOf(toOpen));
        assertThat(list.stream().takeWhile(Decision::overdue).count()).as("every overdue one before any other")
                .isEqualTo(list.stream().filter(Decision::overdue).count());

        String home = mvc.perform(get("/").with(users.as("team.manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Decisions waiting for you", "Authorise the assessment", "Otto Waitwell",
                "Open Family Help", "Wren Waitwell", "Decided as a child in need assessment (section 17)",
                "Stepped up: waiting for child protection", "Lark Waitwell", "Overdue by",
                "href=\"/family-help/assessments/" + assessment + "\"");

        // Decided, each leaves the list.
        users.run("team.manager", () -> opening.openFromReferral(referral));
        AssessmentView completed = users.call("team.manager", () -> assessments.open(assessment));
        users.run("team.manager", () -> assessments.authorise(assessment, completed.version()));
        users.run("team.manager", () -> decisions.close(stepUp.id(), stepUp.version(),
                new Closure(ReasonForClosure.RC7, "Child protection took over", false)));
        assertThat(find("team.manager", referral)).isNull();
        assertThat(find("team.manager", assessment)).isNull();
        assertThat(find("team.manager", stepUp.id())).isNull();
    }

    @Test
    void anotherTeamsManagerSeesTheReferralsButNotThisTeamsAssessmentsOrStepUps() {
        UUID referral = referralDecidedAsFamilyHelp("Ada", "Otherteam");
        UUID assessment = assessmentCompletedLate("Bo", "Otherteam");
        EpisodeView stepUp = steppedUp("Cy", "Otherteam");
        assertThat(find("south.manager", referral)).as("a referral is for any Family Help manager").isNotNull();
        assertThat(find("south.manager", assessment)).isNull();
        assertThat(find("south.manager", stepUp.id())).isNull();
    }

    @Test
    void aRestrictedChildIsRestrictedRecordAndUnlinkedWhereTheManagerMayNotOpenThem() {
        UUID assessment = assessmentCompletedLate("Hidden", "Sealwell");
        UUID child = users.call("team.manager", () -> assessments.open(assessment)).childId();
        users.run("admin", () -> restrictions.restrict(child, "Child of a member of staff"));
        Decision decision = find("team.manager", assessment);
        assertThat(decision.children()).extracting(Identity::name).containsExactly(Identity.RESTRICTED_RECORD);
        assertThat(decision.link()).as("no link that would answer 403").isNull();
    }

    @Test
    void onlyAManagerHasTheListAndNobodyElsesHomePageAsksForIt() throws Exception {
        for (String user : List.of("social.worker", "front.door", "health.visitor", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            assertThatThrownBy(() -> users.call(user, () -> waiting.forMe())).isInstanceOf(AccessRefused.class);
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusal is audited").isEqualTo(refusals + 1);
            mvc.perform(get("/").with(users.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Decisions waiting for you"))));
            mvc.perform(get("/api/v1/work-tray").with(users.as(user))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.decisions").isEmpty());
            assertThat(AuditLog.refusals(jdbc, user)).as("the home page and the tray refuse nothing").isEqualTo(refusals + 1);
        }
        mvc.perform(get("/api/v1/work-tray")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theWorkTrayApiGivesTheManagersDecisionsAndTheirFamilies() throws Exception {
        UUID assessment = assessmentCompletedLate("Api", "Traywell");
        mvc.perform(get("/api/v1/work-tray").with(users.as("team.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.families").isArray())
                .andExpect(jsonPath("$.decisions[?(@.id == '" + assessment + "')].kind").value("AUTHORISE_ASSESSMENT"))
                .andExpect(jsonPath("$.decisions[?(@.id == '" + assessment + "')].dueOn")
                        .value(assessments.dueDateFor(today.minusDays(80)).toString()))
                .andExpect(jsonPath("$.decisions[?(@.id == '" + assessment + "')].children[0].name").value("Api Traywell"));

        // A partner's tray holds the families she works with, and no one else's.
        UUID hers = mother.episodeLedByHealthVisitor("Mine", "Traywell", ReferralDecision.TARGETED_EARLY_HELP)
                .children().get(0).id();
        UUID notHers = mother.episode("Notmine", "Traywell", ReferralDecision.TARGETED_EARLY_HELP).children().get(0).id();
        String tray = mvc.perform(get("/api/v1/work-tray").with(users.as("health.visitor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisions").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(tray).contains(hers.toString()).doesNotContain(notHers.toString()).doesNotContain("Notmine");
    }

    @Test
    void theManagersHomePageTakesTheSameStatementsHoweverManyDecisionsWait() throws Exception {
        assessmentCompletedLate("Count", "Budgetley");
        int before = statementsForHome();
        assessmentCompletedLate("Count", "Budgetmore");
        steppedUp("Count", "Budgetmost");
        referralDecidedAsFamilyHelp("Count", "Budgetfar");
        assertThat(statementsForHome()).isEqualTo(before);
        assertThat(statementsFor("/api/v1/work-tray")).as("the API asks what the page asks").isLessThanOrEqualTo(before);
        // Eleven when this was written (the families' few and the decisions' few), and two more since child
        // protection lists its decisions and says which step-ups it has taken on; room for one more.
        assertThat(before).isLessThanOrEqualTo(14);
    }

    @Test
    void yourTeamsFamiliesSaysWhenAnAssessmentIsWaitingForAuthorisation() throws Exception {
        UUID assessment = assessmentCompletedLate("Tess", "Authwait");
        UUID episode = users.call("team.manager", () -> assessments.open(assessment)).episodeId();
        TeamFamilies.TeamFamily family = users.call("team.manager", () -> teamFamilies.ofMyTeam()).stream()
                .filter(f -> f.episodeId().equals(episode)).findFirst().orElseThrow();
        assertThat(family.assessmentDueOn()).as("no assessment in progress").isNull();
        assertThat(family.assessmentWaitingForAuthorisation()).isTrue();
        String page = mvc.perform(get("/family-help/team").with(users.as("team.manager")))
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("/family-help/" + episode));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Waiting for authorisation").doesNotContain("None open");
    }

    private int statementsForHome() throws Exception {
        return statementsFor("/");
    }

    private int statementsFor(String path) throws Exception {
        var request = get(path).with(users.as("team.manager"));
        statements.start();
        mvc.perform(request).andExpect(status().isOk());
        return statements.stop().size();
    }
}
