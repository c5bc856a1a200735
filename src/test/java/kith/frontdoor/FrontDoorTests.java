package kith.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.people.PersonManagement;
import kith.shared.AccessRefused;
import kith.shared.InvalidInput;
import kith.support.AuditLog;
import kith.support.Users;
import kith.timescales.StatutoryClocks;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@KithTest
class FrontDoorTests {

    @Autowired Users users;
    @Autowired PersonManagement people;
    @Autowired Contacts contacts;
    @Autowired Screening screening;
    @Autowired Referrals referrals;
    @Autowired StatutoryClocks clocks;
    @Autowired kith.timescales.WorkingDays workingDays;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    static final LocalDate BORN = LocalDate.of(2018, 10, 20);

    private UUID referral(String family) {
        UUID child = FrontDoorMother.knownChild(users, people, "Skye", family, BORN);
        return FrontDoorMother.referralFor(users, contacts, screening, child, "Skye", family, BORN);
    }

    /** A referral received ten days ago, whose one working day has long passed. */
    private UUID overdueReferral(String family) {
        UUID child = FrontDoorMother.knownChild(users, people, "Skye", family, BORN);
        UUID contact = users.call("front.door", () -> {
            ContactView c = contacts.record(FrontDoorMother.contactAbout("Skye", family, BORN, "Late " + UUID.randomUUID()), false);
            screening.link(c.id(), 0, 0, child);
            return c.id();
        });
        return users.call("front.door", () -> referrals.receive(contact, child, LocalDate.now().minusDays(10), "2A"));
    }

    @Test
    void aReferralIsDueOneWorkingDayAfterReceipt() {
        UUID id = referral("Glenholme");
        ReferralView referral = users.call("front.door", () -> referrals.open(id));
        // Working Together 2023: a decision within one working day of receipt: the next working day, never later.
        assertThat(referral.decisionDueOn()).isEqualTo(workingDays.workingDaysAfter(referral.receivedOn(), 1))
                .isAfter(referral.receivedOn())
                .isBeforeOrEqualTo(referral.receivedOn().plusDays(5));
        assertThat(workingDays.workingDaysBetween(referral.receivedOn(), referral.decisionDueOn())).isEqualTo(1);
        assertThat(clocks.find(Referrals.DECISION_CLOCK, id)).get().satisfies(clock -> {
            assertThat(clock.running()).isTrue();
            assertThat(clock.dueOn()).isEqualTo(referral.decisionDueOn());
        });
    }

    @Test
    void aDecisionNeedsAReasonAndNothingIsSavedWithoutOne() {
        UUID id = referral("Hawthorne");
        InvalidInput e = catchThrowableOfType(InvalidInput.class,
                () -> users.run("front.door", () -> referrals.decide(id, 0, ReferralDecision.TARGETED_EARLY_HELP, " ", null, false)));
        assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("reason");
        assertThat(jdbc.sql("SELECT decision FROM referral WHERE id = :id").param("id", id).query(String.class).optional())
                .isEmpty();
    }

    @Test
    void aDecisionIsRecordedWithTheDeciderAndStopsTheClock() {
        UUID id = referral("Ivydene");
        ReferralView decided = users.call("team.manager", () -> referrals.decide(id, 0,
                ReferralDecision.SECTION_17_ASSESSMENT, "Needs a child in need assessment", null, true));
        assertThat(decided.decision()).isEqualTo(ReferralDecision.SECTION_17_ASSESSMENT);
        assertThat(decided.decidedByName()).isEqualTo("Priya Shah");
        assertThat(decided.referrerToldAt()).isNotNull();
        assertThat(clocks.find(Referrals.DECISION_CLOCK, id)).get().satisfies(clock -> {
            assertThat(clock.running()).isFalse();
            assertThat(clock.breached()).isFalse();
        });
        assertThatThrownBy(() -> users.run("team.manager", () -> referrals.decide(id, decided.version(),
                ReferralDecision.NO_FURTHER_ACTION, "Changed my mind", null, false)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already");
    }

    @Test
    void aLateDecisionShowsOverdueOnTheTrayAndItsClockRecordsTheBreachAndTheReason() throws Exception {
        UUID id = overdueReferral("Juniper");
        mvc.perform(get("/front-door").param("due", "overdue").with(users.as("front.door")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/front-door/referrals/" + id)))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*Overdue by \\d+ working days?.*")));
        clocks.recordBreaches(LocalDate.now());
        assertThat(clocks.find(Referrals.DECISION_CLOCK, id)).get().satisfies(clock -> assertThat(clock.breached()).isTrue());

        InvalidInput missing = catchThrowableOfType(InvalidInput.class, () -> users.run("front.door",
                () -> referrals.decide(id, 0, ReferralDecision.TARGETED_EARLY_HELP, "Early help", null, false)));
        assertThat(missing.problems()).extracting(InvalidInput.Problem::field).contains("lateReason");
        users.run("front.door", () -> referrals.decide(id, 0, ReferralDecision.TARGETED_EARLY_HELP, "Early help",
                "Waiting for the school's information", false));
        assertThat(clocks.find(Referrals.DECISION_CLOCK, id)).get().satisfies(clock -> {
            assertThat(clock.breached()).isTrue();
            assertThat(clock.lateReason()).isEqualTo("Waiting for the school's information");
        });
    }

    @Test
    void onlyTheFrontDoorAndManagersDecideAndEachRefusalIsAudited() {
        UUID id = referral("Kingsley");
        for (String user : new String[] {"social.worker", "school.dsl", "analyst"}) {
            long before = AuditLog.refusals(jdbc, user);
            assertThatThrownBy(() -> users.run(user, () -> referrals.decide(id, 0, ReferralDecision.NO_FURTHER_ACTION,
                    "No", null, false))).isInstanceOf(AccessRefused.class);
            assertThat(AuditLog.refusals(jdbc, user)).isEqualTo(before + 1);
        }
    }

    @Test
    void aPartnerSeesTheirOwnSubmissionAndItsOutcomeButNotAnotherAgencys() throws Exception {
        ContactView sent = users.call("school.dsl", () -> contacts.submitAsPartner(
                FrontDoorMother.contactAbout("Wren", "Larkhill", BORN, "Bruises seen on arm " + UUID.randomUUID()), false));
        assertThat(sent.referralSource()).isEqualTo(ReferralSource.SOURCE_2A);
        assertThat(sent.referrerAgencyName()).isEqualTo("Kithbridge Primary School");
        mvc.perform(get("/referrals/" + sent.id()).with(users.as("school.dsl"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Being considered by the front door")));
        mvc.perform(get("/referrals").with(users.as("school.dsl"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Wren Larkhill")));
        long before = AuditLog.refusals(jdbc, "police.officer");
        mvc.perform(get("/referrals/" + sent.id()).with(users.as("police.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/contacts/" + sent.id()).with(users.as("police.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals").with(users.as("police.officer"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Wren Larkhill"))));
        assertThat(AuditLog.refusals(jdbc, "police.officer")).isEqualTo(before + 2);
        mvc.perform(get("/front-door").with(users.as("school.dsl"))).andExpect(status().isForbidden());
        mvc.perform(get("/front-door").with(users.as("social.worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/front-door")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSamePartnerReferralTwiceWithOneIdempotencyKeyCreatesOneContact() throws Exception {
        String body = """
                {"children": [{"givenName": "Ash", "familyName": "Morrow", "dateOfBirth": "2019-01-05"}],
                 "worry": "Came to school hungry again %s", "familyKnows": true, "familyAgrees": true}"""
                .formatted(UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        long before = jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single();
        String first = mvc.perform(post("/api/v1/contacts").with(users.as("school.dsl")).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.referralSource").value("SOURCE_2A"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/contacts").with(users.as("school.dsl")).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Location", first));
        assertThat(jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single()).isEqualTo(before + 1);
        // Without the key, the same submission minutes later is held back as a possible duplicate...
        mvc.perform(post("/api/v1/contacts").with(users.as("school.dsl")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.existing").value(first.substring(first.lastIndexOf('/') + 1)));
        assertThat(jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single()).isEqualTo(before + 1);
        // ...until the sender says it is a new one.
        mvc.perform(post("/api/v1/contacts").with(users.as("school.dsl")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"familyAgrees\": true",
                                "\"familyAgrees\": true, \"confirmNotDuplicate\": true")))
                .andExpect(status().isCreated());
    }

    @Test
    void aContactWithoutTheFamilysAgreementNeedsALawfulBasis() throws Exception {
        mvc.perform(post("/api/v1/contacts").with(users.as("health.visitor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"children": [{"givenName": "Ash", "familyName": "Morrow", "nhsNumber": "123"}],
                                 "worry": "Worried", "familyKnows": false, "familyAgrees": false}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("lawfulBasis", "children[0].nhsNumber")));
    }

    @Test
    void theDecisionApiNeedsIfMatchAndRefusesAStaleVersion() throws Exception {
        UUID id = referral("Meadowbank");
        String decision = "{\"decision\": \"TARGETED_EARLY_HELP\", \"reason\": \"Family asked for help\"}";
        mvc.perform(post("/api/v1/referrals/" + id + "/decision").with(users.as("front.door")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/referrals/" + id + "/decision").with(users.as("front.door")).with(csrf())
                        .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/referrals/" + id + "/decision").with(users.as("front.door")).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"TARGETED_EARLY_HELP\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/referrals/" + id + "/decision").with(users.as("front.door")).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("TARGETED_EARLY_HELP"))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("/api/v1/referrals/" + id).with(users.as("school.dsl"))).andExpect(status().isForbidden());
    }

    @Test
    void aDecisionThatIsNotOneOfTheOptionsIsNamedOnItsFieldAndNothingIsSaved() throws Exception {
        UUID id = referral("Oakfield");
        mvc.perform(post("/front-door/referrals/" + id + "/decision").with(users.as("front.door")).with(csrf())
                        .param("version", "0").param("decision", "ADOPTION").param("reason", "Family asked for help"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select one of the decisions")))
                .andExpect(content().string(Matchers.containsString("href=\"#decision\"")))
                .andExpect(content().string(Matchers.containsString("id=\"decision-error\"")))
                .andExpect(content().string(Matchers.containsString("Family asked for help")));
        mvc.perform(post("/api/v1/referrals/" + id + "/decision").with(users.as("front.door")).with(csrf())
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ADOPTION\", \"reason\": \"Family asked for help\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        assertThat(jdbc.sql("SELECT decision FROM referral WHERE id = :id").param("id", id).query(String.class).optional())
                .as("nothing decided").isEmpty();
    }

    @Test
    void aPartnerAnswersTheFrontDoorsRequestAndTheShareIsAuditedWithItsLawfulBasis() throws Exception {
        UUID id = referral("Northgate");
        UUID school = jdbc.sql("SELECT id FROM agency WHERE kind = 'SCHOOL' LIMIT 1").query(UUID.class).single();
        UUID request = users.call("front.door", () -> requests().ask(id, school, "Attendance this term?", 4,
                LawfulBasis.SAFEGUARDING));
        mvc.perform(get("/information-requests/" + request).with(users.as("police.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/information-requests/" + request).with(users.as("school.dsl"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Attendance this term?")));
        mvc.perform(post("/information-requests/" + request).with(users.as("school.dsl")).with(csrf())
                        .param("version", "0").param("answer", ""))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("govuk-error-summary")));
        mvc.perform(post("/information-requests/" + request).with(users.as("school.dsl")).with(csrf())
                        .param("version", "0").param("answer", "Attendance 71%, often late"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT reason FROM audit_entry WHERE action = 'INFORMATION_SHARED' AND :r = ANY(subject_ids)")
                .param("r", request).query(String.class).single()).contains("Safeguarding");
        assertThat(users.call("front.door", () -> requests().forReferral(id))).singleElement()
                .satisfies(r -> assertThat(r.answer()).isEqualTo("Attendance 71%, often late"));
    }

    @Autowired InformationRequests informationRequests;

    private InformationRequests requests() {
        return informationRequests;
    }
}
