package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.protection.ChildProtectionPlans;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The child protection plan's pages through MockMvc against PostgreSQL: the chair writes the plan the conference
 * decided on (its start is the conference's date, DfE rule 2885; a second open plan is refused, 8935), everyone
 * working with the child reads it (partners with no form they cannot use), it is changed never over someone else's
 * change, and whoever has no child protection relationship to the child is refused, audited.
 */
@KithTest
class PlanPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired ChildProtectionPlans plans;
    @Autowired RestrictedRecords restricted;

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String day(LocalDate date) {
        return String.valueOf(date.getDayOfMonth());
    }

    private MockHttpServletRequestBuilder writePlan(UUID conference, LocalDate on) {
        return post("/child-protection/plans").with(csrf()).with(users.as("conference.chair"))
                .param("conference", conference.toString())
                .param("startedOnDay", day(on)).param("startedOnMonth", String.valueOf(on.getMonthValue()))
                .param("startedOnYear", String.valueOf(on.getYear()))
                .param("worries", "We are worried there is not enough food at home")
                .param("steps[0].what", "Take Wren to nursery every day").param("steps[0].who", "Mum")
                .param("steps[0].byWhen", "From Monday")
                .param("visitEvery", "10").param("coreGroupEvery", "20");
    }

    @Test
    void theChairWritesThePlanFromTheConferenceStartingOnItsDateLedByTheEnquirysLead() throws Exception {
        Case c = mother.conferenceDecidedOnAPlan("Wren", "Planpage", 12, 2);
        LocalDate heldOn = mother.workingDaysAgo(2);
        String form = page("/child-protection/plans/new?conference=" + c.conferenceId(), "conference.chair");
        assertThat(form).contains("Write the child protection plan", "Wren Planpage", "Neglect")
                .contains("name=\"startedOnDay\" value=\"" + day(heldOn) + "\"")
                .containsPattern("<option value=\"" + mother.practitioner("child.protection") + "\" selected=\"selected\">Ruth Calloway")
                .doesNotContain("Sam Okoro, Social worker")
                .contains("name=\"visitEvery\" value=\"10\"", "name=\"coreGroupEvery\" value=\"20\"")
                .contains("id=\"steps4.what\"");

        String location = mvc.perform(writePlan(c.conferenceId(), heldOn)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/child-protection/plans/*")).andReturn().getResponse().getRedirectedUrl();
        UUID plan = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(mother.plan(plan).startedOn()).isEqualTo(heldOn);
        assertThat(mother.plan(plan).leadPractitionerName()).isEqualTo("Ruth Calloway");
        // Written once: the page now leads to the plan.
        mvc.perform(get("/child-protection/plans/new?conference=" + c.conferenceId()).with(users.as("conference.chair")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/child-protection/plans/" + plan));
    }

    @Test
    void aConferenceNotYetHeldHasNoPlanToWriteAndAPlanWrittenTwiceLeadsToTheFirst() throws Exception {
        Case arranged = mother.conferenceArranged("Sorrel", "Planpage", 12, 2);
        assertThat(page("/child-protection/plans/new?conference=" + arranged.conferenceId(), "conference.chair"))
                .contains("There is no plan to write from this conference").doesNotContain("name=\"startedOnDay\"");

        Case c = mother.conferenceDecidedOnAPlan("Teasel", "Planpage", 12, 2);
        mvc.perform(writePlan(c.conferenceId(), mother.workingDaysAgo(2))).andExpect(status().is3xxRedirection());
        UUID first = jdbc.sql("SELECT id FROM child_protection_plan WHERE conference_id = :c")
                .param("c", c.conferenceId()).query(UUID.class).single();
        mvc.perform(writePlan(c.conferenceId(), mother.workingDaysAgo(2)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/child-protection/plans/" + first))
                .andExpect(flash().attribute("problem", "This conference's plan has already been written: this is it"));
    }

    @Test
    void aPlanThatDoesNotStartOnTheConferencesDateOrIsEmptyIsRefusedAtItsFieldsAndNothingIsWritten() throws Exception {
        Case c = mother.conferenceDecidedOnAPlan("Tansy", "Planpage", 12, 2);
        LocalDate heldOn = mother.workingDaysAgo(2);
        String refused = mvc.perform(post("/child-protection/plans").with(csrf()).with(users.as("conference.chair"))
                        .param("conference", c.conferenceId().toString())
                        .param("startedOnDay", "31").param("startedOnMonth", "2").param("startedOnYear", "2027")
                        .param("steps[1].what", "Go to the GP").param("visitEvery", "often"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The date the plan starts must be a real date",
                        "Write what we are worried about, in words the family can read",
                        "For each step, write what needs to happen, who does it and by when",
                        "Enter how often the child is visited as a number of working days, from 1 to 20")
                .contains("href=\"#startedOnDay\"", "href=\"#steps0.what\"", "href=\"#visitEvery\"")
                .contains("value=\"Go to the GP\"", "value=\"often\"", "value=\"31\"");

        String wrongDay = mvc.perform(writePlan(c.conferenceId(), heldOn.minusDays(1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrongDay).contains("A child protection plan starts on the date of the conference that set it",
                "(DfE rule 2885)", "id=\"startedOn-error\"");
        assertThat(jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE child_id = :c").param("c", c.childId())
                .query(Long.class).single()).as("nothing half-written").isZero();
    }

    @Test
    void aSecondOpenPlanIsRefusedAtTheStartDateWithRule8935() throws Exception {
        Case first = mother.onAPlan("Linnet", "Planpage", 40, 30);
        // Another enquiry into the same child while the plan is open, whose conference decides on a plan.
        Case second = mother.anotherConferenceDecidingOnAPlan(first, 12, 2);
        String refused = mvc.perform(writePlan(second.conferenceId(), mother.workingDaysAgo(2)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("already has an open child protection plan", "(DfE rule 8935)",
                "href=\"#startedOnDay\"", "id=\"startedOn-error\"");
    }

    @Test
    void onlyAChairWritesAPlanAndEveryoneElseIsRefusedAudited() throws Exception {
        Case c = mother.conferenceDecidedOnAPlan("Sedge", "Planpage", 12, 2);
        String path = "/child-protection/plans/new?conference=" + c.conferenceId();
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        for (String user : new String[] {"social.worker", "team.manager", "health.visitor", "school.dsl"}) {
            long before = AuditLog.refusals(jdbc, user);
            mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(writePlan(c.conferenceId(), mother.workingDaysAgo(2)).with(users.as(user)))
                    .andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as("%s's refusals are audited", user).isEqualTo(before + 2);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE child_id = :c").param("c", c.childId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePlanPageShowsThePlanItsDatesItsPeopleAndItsConferencesAndTheViewIsAudited() throws Exception {
        Case c = mother.onAPlan("Ivy", "Planpage", 40, 30);
        long views = AuditLog.count(jdbc, "team.manager", "CHILD_PROTECTION_PLAN_VIEWED", "ALLOWED");
        String plan = page("/child-protection/plans/" + c.planId(), "team.manager");
        assertThat(plan).contains("Child protection plan", "Ivy Planpage", "Neglect", "Ruth Calloway", "Grace Adeyemi",
                        "Stays with the family", "We are worried that nobody gets up with Ivy in the morning",
                        "Take Ivy to nursery every day", "From tomorrow", "Initial child protection conference",
                        "The child needs a child protection plan")
                .contains("href=\"/child-protection/conferences/" + c.conferenceId() + "\"")
                .contains("href=\"/people/" + c.childId() + "\"")
                .contains("href=\"/child-protection/episodes/" + c.episode().id() + "\"")
                // 30 working days in: the first visit and core group were due after 10, so both are overdue.
                .containsPattern("Visit</dt>\\s*<dd[^>]*>\\s*<span>[^<]+</span>\\s*<strong class=\"govuk-tag govuk-tag--red\">Overdue")
                .containsPattern("Core group meeting</dt>\\s*<dd[^>]*>\\s*<span>[^<]+</span>\\s*<strong class=\"govuk-tag govuk-tag--red\">Overdue")
                // A manager's forms.
                .contains("Record a visit", "Record a core group meeting", "Add someone to the core group",
                        "Change the lead child protection practitioner", "The child has moved to another council",
                        "href=\"/child-protection/plans/" + c.planId() + "/end\"",
                        "href=\"/child-protection/conferences/new?plan=" + c.planId() + "\"");
        assertThat(AuditLog.count(jdbc, "team.manager", "CHILD_PROTECTION_PLAN_VIEWED", "ALLOWED")).isEqualTo(views + 1);
    }

    @Test
    void partnersInTheCoreGroupOrTheTeamReadThePlanWithNoFormAndOthersAreRefusedAudited() throws Exception {
        Case c = mother.onAPlan("Fern", "Planpage", 12, 2);
        String path = "/child-protection/plans/" + c.planId();
        // health.visitor, the Family Help lead, joined the core group when the plan started; police.officer is in the team.
        for (String partner : new String[] {"health.visitor", "police.officer"}) {
            String plan = page(path, partner);
            assertThat(plan).as(partner).contains("Fern Planpage", "Ruth Calloway", "Take Fern to nursery every day")
                    .doesNotContain("<form method=\"post\" action=\"/child-protection")
                    .doesNotContain("Record a visit", "Add someone to the core group", "Change the plan", "End the plan",
                            "/child-protection/conferences/new", ">Remove<");
        }
        long before = AuditLog.refusals(jdbc, "school.dsl");
        mvc.perform(get(path).with(users.as("school.dsl"))).andExpect(status().isForbidden());
        assertThat(AuditLog.count(jdbc, "school.dsl", "CHILD_PROTECTION_ACCESS_REFUSED", "REFUSED")
                + AuditLog.count(jdbc, "school.dsl", "PERSON_ACCESS_REFUSED", "REFUSED")).isPositive();
        assertThat(AuditLog.refusals(jdbc, "school.dsl")).isEqualTo(before + 1);
        for (String user : new String[] {"analyst", "admin"}) {
            mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        // A chair arranges conferences but does no casework: the review link, no casework forms.
        assertThat(page(path, "conference.chair")).contains("/child-protection/conferences/new?plan=" + c.planId())
                .doesNotContain("Record a visit", "Change the lead child protection practitioner");
    }

    @Test
    void aRestrictedChildsPlanOpensOnlyForTheUsersNamedOnTheirRecord() throws Exception {
        Case c = mother.onAPlan("Yarrow", "Planpage", 12, 2);
        users.run("admin", () -> restricted.restrict(c.childId(), "Testing the plan's seal"));
        long before = AuditLog.refusals(jdbc, "team.manager");
        mvc.perform(get("/child-protection/plans/" + c.planId()).with(users.as("team.manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/child-protection/plans/" + c.planId() + "/for-family").with(users.as("team.manager")))
                .andExpect(status().isForbidden());
        assertThat(AuditLog.refusals(jdbc, "team.manager")).isEqualTo(before + 2);
        users.run("admin", () -> restricted.grant(c.childId(), "social.worker", "Allocated social worker"));
        assertThat(page("/child-protection/plans/" + c.planId(), "social.worker")).contains("Yarrow Planpage");
    }

    @Test
    void thePlanIsChangedAndAStaleChangeIsAConflictThatKeepsWhatWasTyped() throws Exception {
        Case c = mother.onAPlan("Rue", "Planpage", 12, 2);
        String path = "/child-protection/plans/" + c.planId();
        String form = page(path + "/edit", "social.worker");
        assertThat(form).contains("Change the child protection plan", "Take Rue to nursery every day")
                .doesNotContain("name=\"startedOnDay\"");
        long seen = mother.plan(c.planId()).version();
        // Someone else changes the plan first.
        users.run("child.protection", () -> plans.change(c.planId(), seen, "Their worries", java.util.List.of(
                new kith.protection.ChildProtectionPlan.Step("Their step", "Dad", "Today")), 8, 15));

        String conflict = mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("version", String.valueOf(seen)).param("worries", "My worries")
                        .param("steps[0].what", "My step").param("steps[0].who", "Mum").param("steps[0].byWhen", "Friday")
                        .param("visitEvery", "10").param("coreGroupEvery", "20"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Someone else saved a change to this record", "id=\"conflict-differences\"", "Their worries",
                "My worries", "Their step: Dad, Today", "value=\"My step\"",
                "name=\"version\" value=\"" + mother.plan(c.planId()).version() + "\"");
        assertThat(mother.plan(c.planId()).worries()).as("theirs is kept").isEqualTo("Their worries");

        String refused = mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("version", String.valueOf(mother.plan(c.planId()).version())).param("worries", " ")
                        .param("visitEvery", "30").param("coreGroupEvery", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Write what we are worried about, in words the family can read",
                "Enter how often the child is visited, every 1 to 20 working days", "href=\"#worries\"");

        mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("version", String.valueOf(mother.plan(c.planId()).version())).param("worries", "Mine, after theirs")
                        .param("steps[0].what", "Breakfast every day").param("steps[0].who", "Mum")
                        .param("steps[0].byWhen", "From Monday").param("visitEvery", "5").param("coreGroupEvery", "10"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "The plan has been changed"));
        assertThat(mother.plan(c.planId()).visitEvery()).isEqualTo(5);
        assertThat(page(path, "social.worker")).contains("Mine, after theirs", "Breakfast every day");

        // A step beyond any the form has (the binder's limit) is bad input, answered with the error page, not a 500.
        mvc.perform(post(path).with(csrf()).with(users.as("social.worker"))
                        .param("version", String.valueOf(mother.plan(c.planId()).version())).param("steps[5000].what", "x"))
                .andExpect(status().isBadRequest());

        for (String user : new String[] {"health.visitor", "police.officer", "conference.chair"}) {
            mvc.perform(get(path + "/edit").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post(path).with(csrf()).with(users.as(user)).param("worries", "x")).andExpect(status().isForbidden());
        }
    }
}
