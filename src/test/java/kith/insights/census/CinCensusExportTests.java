package kith.insights.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import kith.KithTest;
import kith.shared.AccessRefused;
import kith.familyhelp.AssessmentContent;
import kith.familyhelp.AssessmentView;
import kith.familyhelp.Assessments;
import kith.familyhelp.Closure;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpDecisions;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.familyhelp.FamilyHelpMother;
import kith.familyhelp.FamilyPlans;
import kith.familyhelp.PlanContent;
import kith.familyhelp.ReasonForClosure;
import kith.frontdoor.ReferralDecision;
import kith.insights.jobs.BackgroundWork;
import kith.networks.FgdmMother;
import kith.networks.PreProceeding.PpLegalPlanningMeeting;
import kith.networks.PreProceeding.PpLetter;
import kith.networks.PreProceeding.PpMeeting;
import kith.networks.PreProceeding.PpStart;
import kith.networks.PreProceeding.PpStepDecision;
import kith.networks.PreProceedings;
import kith.networks.PreProceedingsSteps;
import kith.networks.PreProceeding.LpmDecision;
import kith.protection.Category;
import kith.protection.ChildProtectionPlan.NewPlan;
import kith.protection.ChildProtectionPlan.Step;
import kith.protection.ChildProtectionPlans;
import kith.protection.Conference;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Decision;
import kith.protection.Conference.Held;
import kith.protection.Conferences;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The CIN census export of a small authority built through the modules' own services (a referral that went no
 * further; a child in need assessed, on a plan and closed; a child through section 47 and an initial conference onto
 * a plan, reviewed, ended, and onto a second plan, then into pre-proceedings), validated against the DfE's 2026 schema
 * (and Kith's extension when the PreProceedingsandFGDM block is on), with the mapped values checked for these
 * children (the shared database holds other tests' and the demo's children too: the whole export must still be
 * valid).
 */
@KithTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CinCensusExportTests {

    static final CollectionYear YEAR = new CollectionYear(2027);

    @Autowired CinCensusXml xml;
    @Autowired KithCensus census;
    @Autowired CensusSettings settings;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired ProtectionMother protection;
    @Autowired FgdmMother fgdm;
    @Autowired Assessments assessments;
    @Autowired FamilyPlans familyPlans;
    @Autowired FamilyHelpDecisions decisions;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired Conferences conferences;
    @Autowired ChildProtectionPlans plans;
    @Autowired PreProceedings preProceedings;
    @Autowired PreProceedingsSteps steps;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired kith.support.StatementCounter statements;
    @Autowired kith.insights.jobs.Jobs jobs;
    @Autowired CensusValidationReport reports;

    UUID nfaChild;
    UUID inNeedChild;
    UUID inNeedEpisode;
    Case protectedCase;
    LocalDate firstConference;
    LocalDate review;
    LocalDate secondConference;
    LocalDate ppStarted;

    /** Today's date in the tests is the real one: the authority's year is the one being collected now. */
    @BeforeAll
    void aSmallAuthority() {
        assertThat(YEAR.contains(protection.workingDaysAgo(60))).as("the test runs within the 2026-27 year").isTrue();
        nfaChild = familyHelp.child("Nia", "Nofurther");
        familyHelp.decidedReferral(nfaChild, "Nia", "Nofurther", ReferralDecision.NO_FURTHER_ACTION);

        EpisodeView inNeed = familyHelp.episodeLedByHealthVisitor("Ivo", "Inneed", ReferralDecision.SECTION_17_ASSESSMENT);
        inNeedEpisode = inNeed.id();
        inNeedChild = ProtectionMother.childOf(inNeed);
        // The services date a referral today; the census needs a history, so this one was received 60 days ago.
        referredOn(inNeedEpisode, protection.workingDaysAgo(40));
        AssessmentView started = users.call("health.visitor", () -> assessments.start(inNeedEpisode, inNeedChild,
                protection.workingDaysAgo(38)));
        AssessmentView done = users.call("health.visitor", () -> assessments.complete(started.id(), started.version(),
                new AssessmentContent("Mum says the rent is behind", "Ivo says he is hungry at school",
                        List.of("3B", "4B"), "Money worries and Mum's low mood", "FAMILY_HELP_PLAN", "N4"),
                protection.workingDaysAgo(20), null));
        users.run("team.manager", () -> assessments.authorise(done.id(), done.version()));
        users.run("health.visitor", () -> familyPlans.agree(inNeedEpisode, new PlanContent("Rent arrears",
                "Ivo goes to school", List.of("The rent is paid"), List.of(), null), true));
        jdbc.sql("UPDATE family_plan SET started_on = :on WHERE episode_id = :e")
                .param("on", protection.workingDaysAgo(15)).param("e", inNeedEpisode).update();
        EpisodeView latest = users.call("team.manager", () -> episodes.open(inNeedEpisode));
        users.run("team.manager", () -> decisions.close(inNeedEpisode, latest.version(),
                new Closure(ReasonForClosure.RC7, "The family is managing well now", false)));

        firstConference = protection.workingDaysAgo(40);
        protectedCase = protection.onAPlan("Pip", "Protected", 50, 40);
        referredOn(protectedCase.episode().id(), protection.workingDaysAgo(55));
        // The assessment that found the harm, with the child's primary need: without it the episode has none (DfE 8610).
        AssessmentView assessed = users.call("health.visitor", () -> assessments.start(protectedCase.episode().id(),
                protectedCase.childId(), protection.workingDaysAgo(54)));
        users.run("health.visitor", () -> assessments.complete(assessed.id(), assessed.version(),
                new AssessmentContent("Mum says Pip falls a lot", "Pip did not want to talk", List.of("16A"),
                        "Unexplained bruising and neglect", "STEP_UP", "N1"), protection.workingDaysAgo(51), null));
        review = protection.workingDaysAgo(30);
        UUID reviewConference = users.call("conference.chair", () -> conferences.arrangeReview(protectedCase.planId(),
                new Arrangement(review, parents(), true, false, null)));
        users.run("conference.chair", () -> conferences.hold(reviewConference, conferences.open(reviewConference).version(),
                new Held(review, List.of(), Decision.END_PLAN, null, "Safe at home now", true, null)));
        Case again = protection.anotherConferenceDecidingOnAPlan(protectedCase, 25, 20);
        secondConference = protection.workingDaysAgo(20);
        users.run("conference.chair", () -> plans.start(again.conferenceId(), new NewPlan(secondConference, null,
                "We are worried again about food at home", List.of(new Step("Breakfast club", "Mum", "Daily")), null,
                null)));

        ppStarted = protection.workingDaysAgo(10);
        UUID pp = users.call("social.worker", () -> preProceedings.start(new PpStart(protectedCase.childId(), ppStarted)));
        users.run("social.worker", () -> preProceedings.legalPlanningMeeting(pp, 0,
                new PpLegalPlanningMeeting(protection.workingDaysAgo(9), LpmDecision.ENTER_PRE_PROCEEDINGS)));
        fgdm.offered(protectedCase.childId());
        users.run("social.worker", () -> preProceedings.sendLetter(pp, ppVersion(pp), new PpLetter(protection.workingDaysAgo(8))));
        users.run("social.worker", () -> {
            steps.meeting(pp, ppVersion(pp), new PpMeeting(protection.workingDaysAgo(7), protection.workingDaysAgo(4)));
            steps.meeting(pp, ppVersion(pp), new PpMeeting(protection.workingDaysAgo(4), null));
            steps.stepDecision(pp, ppVersion(pp), new PpStepDecision(protection.workingDaysAgo(2), "A"));
        });
    }

    @AfterEach
    void blockOff() {
        setBlock(false);
    }

    @Test
    void theExportIsValidAgainstThe2026SchemaAndMapsEachChildsRecord() throws Exception {
        setBlock(false);
        byte[] file = export();
        validate(file, CinCensusXml.SCHEMA);
        Document doc = parse(file);

        Element nfa = child(doc, nfaChild);
        assertThat(texts(nfa, "CINdetails/ReferralNFA")).containsExactly("1");
        assertThat(elementNames(first(nfa, "CINdetails"))).as("an NFA referral is the referral and nothing else")
                .containsExactly("CINreferralDate", "ReferralSource", "ReferralNFA");
        assertThat(texts(nfa, "CINdetails/ReferralSource")).containsExactly("2A");
        assertThat(texts(nfa, "ChildIdentifiers/UPNunknown")).containsExactly("UN7");

        Element inNeed = child(doc, inNeedChild);
        assertThat(texts(inNeed, "CINdetails/ReferralNFA")).containsExactly("0");
        assertThat(texts(inNeed, "CINdetails/PrimaryNeedCode")).containsExactly("N4");
        assertThat(texts(inNeed, "CINdetails/CINreferralDate")).containsExactly(protection.workingDaysAgo(40).toString());
        assertThat(texts(inNeed, "CINdetails/ReasonForClosure")).containsExactly("RC7");
        assertThat(texts(inNeed, "CINdetails/CINclosureDate")).containsExactly(LocalDate.now(kith.shared.Today.LONDON).toString());
        assertThat(texts(inNeed, "CINdetails/Assessments/AssessmentActualStartDate"))
                .containsExactly(protection.workingDaysAgo(38).toString());
        assertThat(texts(inNeed, "CINdetails/Assessments/AssessmentAuthorisationDate"))
                .containsExactly(protection.workingDaysAgo(20).toString());
        assertThat(texts(inNeed, "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors"))
                .containsExactly("3B", "4B");
        assertThat(texts(inNeed, "CINdetails/CINPlanDates/CINPlanStartDate"))
                .containsExactly(protection.workingDaysAgo(15).toString());
        assertThat(texts(inNeed, "CINdetails/CINPlanDates/CINPlanEndDate"))
                .containsExactly(LocalDate.now(kith.shared.Today.LONDON).toString());

        Element cp = child(doc, protectedCase.childId());
        assertThat(texts(cp, "CINdetails/Section47/DateOfInitialCPC"))
                .containsExactly(firstConference.toString(), secondConference.toString());
        assertThat(texts(cp, "CINdetails/Section47/ICPCnotRequired")).containsExactly("0", "0");
        assertThat(texts(cp, "CINdetails/ChildProtectionPlans/CPPstartDate")).as("each plan starts on its ICPC's day")
                .containsExactly(firstConference.toString(), secondConference.toString());
        assertThat(texts(cp, "CINdetails/ChildProtectionPlans/CPPendDate")).containsExactly(review.toString());
        assertThat(texts(cp, "CINdetails/ChildProtectionPlans/NumberOfPreviousCPP")).containsExactly("0", "1");
        assertThat(texts(cp, "CINdetails/ChildProtectionPlans/Reviews/CPPreviewDate")).containsExactly(review.toString());
        assertThat(texts(cp, "CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse")).containsExactly("NEG", "NEG");
        assertThat(texts(cp, "CINdetails/PreProceedingsandFGDM/PPStartDate")).as("the block is off").isEmpty();
        assertThat(texts(cp, "CINdetails/PrimaryNeedCode")).containsExactly("N1");

        assertThat(audited("CIN_CENSUS_CHILDREN_INCLUDED", nfaChild)).isPositive();
    }

    @Test
    void withTheBlockOnEachEpisodeCarriesItsPreProceedingsValidAgainstKithsExtension() throws Exception {
        setBlock(true);
        byte[] file = export();
        validate(file, CinCensusXml.SCHEMA_WITH_PRE_PROCEEDINGS);
        Element cp = child(parse(file), protectedCase.childId());
        Element block = first(cp, "CINdetails/PreProceedingsandFGDM");
        assertThat(elementNames(first(cp, "CINdetails")).getLast()).as("after ChildProtectionPlans")
                .isEqualTo("PreProceedingsandFGDM");
        assertThat(texts(block, "PPStartDate")).containsExactly(ppStarted.toString());
        assertThat(texts(block, "LBPSentDate")).containsExactly(protection.workingDaysAgo(8).toString());
        assertThat(texts(block, "FGDMMeetingOffer")).containsExactly("1");
        assertThat(texts(block, "FGDMMeetingFac")).containsExactly("0");
        assertThat(texts(block, "InitialPPMeetingDate")).containsExactly(protection.workingDaysAgo(7).toString());
        assertThat(texts(block, "ReviewMeetingsCount")).containsExactly("1");
        assertThat(texts(block, "StepDecisionDate")).containsExactly(protection.workingDaysAgo(2).toString());
        assertThat(texts(block, "PPOutcome")).containsExactly("A");
        assertThat(texts(child(parse(file), inNeedChild), "CINdetails/PreProceedingsandFGDM/PPStartDate")).isEmpty();
        // The extension is needed: the DfE's published 2026 schema does not know the block.
        assertThatThrownBy(() -> validate(file, CinCensusXml.SCHEMA)).hasMessageContaining("PreProceedingsandFGDM");
    }

    @Test
    void progressIsTheNumberOfChildrenFirstThenOneStepEach() throws Exception {
        List<Long> totals = new ArrayList<>();
        long[] advanced = {0};
        BackgroundWork work = xml.export(YEAR);
        users.run("analyst", () -> {
            try {
                work.run(new BackgroundWork.Progress() {
                    @Override
                    public void total(long steps) {
                        assertThat(advanced[0]).as("the total comes first").isZero();
                        totals.add(steps);
                    }

                    @Override
                    public void advance(long steps) {
                        advanced[0] += steps;
                    }
                }, new ByteArrayOutputStream());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(totals).singleElement().satisfies(total -> assertThat(advanced[0]).isEqualTo(total).isGreaterThan(2));
    }

    @Test
    void theExportAsksEachModuleOncePerBatchOfChildrenNotOncePerChild() {
        int children = users.call("analyst", () -> census.scope(YEAR)).childIds().size();
        int batches = (children + KithCensus.BATCH - 1) / KithCensus.BATCH;
        statements.start();
        export();
        List<String> executed = statements.stop();
        assertThat(children).as("children in the year").isGreaterThan(3);
        // The scope and settings, then per batch: people, referrals, episodes with assessments and plans, enquiries,
        // reviews and plans, and the batch's audit entry.
        assertThat(executed.size()).as(String.join("\n", executed)).isLessThanOrEqualTo(8 + 16 * batches);
    }

    @Test
    void theApiStreamsTheYearsXmlToThoseWhoMakeReturnsAndRefusesEveryoneElse() throws Exception {
        long exports = count("CIN_CENSUS_EXPORTED");
        MvcResult started = mvc.perform(get("/api/v1/returns/cin-census").param("year", "2027").with(users.as("analyst")))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("cin-census-2027.xml")))
                .andReturn().getResponse().getContentAsByteArray();
        validate(body, CinCensusXml.SCHEMA);
        assertThat(child(parse(body), nfaChild)).isNotNull();
        assertThat(count("CIN_CENSUS_EXPORTED")).isEqualTo(exports + 1);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'CIN_CENSUS_EXPORTED' ORDER BY position DESC LIMIT 1")
                .query(String.class).single()).startsWith("2026 to 2027: ").endsWith("children");

        mvc.perform(get("/api/v1/returns/cin-census").param("year", "2027")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/returns/cin-census").param("year", "2027").with(users.as("social.worker")))
                .andExpect(status().isForbidden());
        for (String year : List.of("", "twenty", "1999")) {
            mvc.perform(get("/api/v1/returns/cin-census").param("year", year).with(users.as("team.manager")))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                            .value("year"));
        }
        mvc.perform(get("/api/v1/returns/cin-census").with(users.as("team.manager"))).andExpect(status().isBadRequest());
        // A client asking for XML is answered in XML, and its mistakes as a problem.
        mvc.perform(get("/api/v1/returns/cin-census").param("year", "x").accept("application/xml")
                .with(users.as("team.manager"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/returns/cin-census").param("year", "2027").accept("application/xml")
                .with(users.as("team.manager"))).andExpect(request().asyncStarted());
        assertThatThrownBy(() -> users.run("social.worker", () -> census.header(YEAR))).isInstanceOf(AccessRefused.class);
    }

    @Test
    void theReturnsPageMakesTheCensusInTheBackgroundForDownload() throws Exception {
        String location = mvc.perform(post("/returns/cin-census").with(csrf()).with(users.as("analyst"))
                        .param("censusYear", "2027"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID job = UUID.fromString(location.substring("/returns/jobs/".length()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .until(() -> users.call("analyst", () -> jobs.job(job)).finished());
        assertThat(users.call("analyst", () -> jobs.job(job)).downloadable()).isTrue();
        byte[] file = java.nio.file.Files.readAllBytes(users.call("analyst", () -> jobs.download(job)).file());
        validate(file, CinCensusXml.SCHEMA);
        assertThat(texts(child(parse(file), nfaChild), "CINdetails/ReferralNFA")).containsExactly("1");

        mvc.perform(post("/returns/cin-census").with(csrf()).with(users.as("team.manager")).param("censusYear", "20x7"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"censusYear-error\"")));
        mvc.perform(post("/returns/cin-census").with(csrf()).with(users.as("social.worker")).param("censusYear", "2027"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/returns").with(users.as("analyst"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"" + CollectionYear.current(
                                new kith.shared.Today(java.time.Clock.systemUTC())).ending() + "\"")));
    }

    @Test
    void theDfeRulesFindNoErrorInTheseChildrensReturns() {
        List<String> ours = new ArrayList<>();
        for (UUID child : List.of(nfaChild, inNeedChild, protectedCase.childId())) {
            ours.add(jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", child).query(String.class).single());
        }
        var report = users.call("team.manager", () -> reports.report(YEAR));
        assertThat(report.rows()).filteredOn(row -> ours.contains(row.laChildId()))
                .as("errors in the small authority's children").noneMatch(CensusValidationReport.Row::error);
    }

    @Test
    void onlyAnAdministratorSwitchesTheBlockOnTheSettingsPage() throws Exception {
        mvc.perform(get("/admin/returns/cin-census").with(users.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/returns/cin-census").with(users.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/returns/cin-census")).andExpect(status().is3xxRedirection());
        long version = settings.setting().version();
        mvc.perform(post("/admin/returns/cin-census").with(csrf()).with(users.as("admin"))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Select yes if the census should include")));
        assertThat(settings.setting().version()).as("nothing saved").isEqualTo(version);
        mvc.perform(post("/admin/returns/cin-census").with(csrf()).with(users.as("admin"))
                        .param("version", String.valueOf(version)).param("preProceedingsBlock", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.setting().preProceedingsBlock()).isTrue();
        mvc.perform(post("/admin/returns/cin-census").with(csrf()).with(users.as("team.manager"))
                .param("version", String.valueOf(version + 1)).param("preProceedingsBlock", "no"))
                .andExpect(status().isForbidden());
        assertThat(settings.setting().preProceedingsBlock()).isTrue();
    }

    @Test
    void theNewTableAndColumnsSayWhatTheyHoldAndHowSensitive() {
        List<String> uncommented = jdbc.sql("""
                        SELECT c.relname || '.' || a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                        WHERE ((c.relname = 'census_setting' AND a.attnum > 0)
                               OR (c.relname IN ('assessment', 'family_help_episode') AND a.attname = 'primary_need'))
                          AND NOT a.attisdropped AND coalesce(col_description(a.attrelid, a.attnum), '') NOT LIKE '%Sensitivity:%'""")
                .query(String.class).list();
        assertThat(uncommented).isEmpty();
        assertThat(jdbc.sql("SELECT obj_description('census_setting'::regclass)").query(String.class).single())
                .contains("Sensitivity:");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<Conference.Invitee> parents() {
        return List.of(new Conference.Invitee(Conference.InviteeKind.PARENT, null, null, "The child's mother", null));
    }

    private void referredOn(UUID episode, LocalDate on) {
        jdbc.sql("UPDATE referral SET received_on = :on WHERE id = (SELECT referral_id FROM family_help_episode WHERE id = :e)")
                .param("on", on).param("e", episode).update();
        jdbc.sql("UPDATE family_help_episode SET referral_date = :on WHERE id = :e").param("on", on).param("e", episode)
                .update();
    }

    private long ppVersion(UUID id) {
        return users.call("social.worker", () -> preProceedings.open(id)).version();
    }

    private void setBlock(boolean on) {
        users.run("admin", () -> settings.change(settings.setting().version(), on));
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.run("analyst", () -> xml.write(YEAR, out, new BackgroundWork.Progress() {
            @Override
            public void total(long steps) {}

            @Override
            public void advance(long steps) {}
        }));
        return out.toByteArray();
    }

    static void validate(byte[] file, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (var in = new ClassPathResource(schema).getInputStream()) {
            factory.newSchema(new StreamSource(in)).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(file)));
        }
    }

    static Document parse(byte[] file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    private Element child(Document doc, UUID person) throws Exception {
        String id = jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", person).query(String.class).single();
        NodeList found = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("/Message/Children/Child[ChildIdentifiers/LAchildID='" + id + "']", doc, XPathConstants.NODESET);
        assertThat(found.getLength()).as("the child %s appears once", id).isEqualTo(1);
        return (Element) found.item(0);
    }

    static List<String> texts(Node from, String path) throws Exception {
        NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, from, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    static Element first(Node from, String path) throws Exception {
        return (Element) XPathFactory.newInstance().newXPath().evaluate(path, from, XPathConstants.NODE);
    }

    static List<String> elementNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    private long audited(String action, UUID child) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a AND subject_ids @> ARRAY[CAST(:c AS uuid)]")
                .param("a", action).param("c", child).query(Long.class).single();
    }

    private long count(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a").param("a", action).query(Long.class).single();
    }
}
