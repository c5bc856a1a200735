package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.KithTest;
import kith.protection.ProtectionMother;
import kith.protection.ProtectionMother.Case;
import kith.protection.Section47Enquiries;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A section 47 enquiry's page: the child, the dates, the lead child protection practitioner a manager assigns from
 * those who meet the council's rule (a refused choice answered with the rule's message at the field), the findings
 * and outcome, the way on to the initial conference; conflicts answered 409 with what was typed kept; refusals.
 */
@KithTest
class EnquiryPagesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired Section47Enquiries enquiries;

    private String page(String user, UUID enquiry) throws Exception {
        return mvc.perform(get("/child-protection/enquiries/" + enquiry).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder lead(UUID enquiry, String user, long version, UUID practitioner) {
        return post("/child-protection/enquiries/" + enquiry + "/lead").with(users.as(user)).with(csrf())
                .param("version", String.valueOf(version)).param("leadPractitionerId", practitioner.toString());
    }

    private MockHttpServletRequestBuilder findings(UUID enquiry, String user, long version) {
        return post("/child-protection/enquiries/" + enquiry + "/findings").with(users.as(user)).with(csrf())
                .param("version", String.valueOf(version));
    }

    /** The enquiry as saved now, read as the manager (who may open it). */
    private Section47Enquiries.View saved(UUID enquiry) {
        return users.call("team.manager", () -> enquiries.open(enquiry));
    }

    private long version(UUID enquiry) {
        return saved(enquiry).version();
    }

    @Test
    void aManagerAssignsTheLeadFromThoseWhoMeetTheRuleAndTheViewIsAudited() throws Exception {
        Case c = mother.enquiry("Nia", "Enqpage", 3);
        String due = saved(c.enquiryId()).conferenceDueOn().format(DAY);
        long views = AuditLog.count(jdbc, "team.manager", "SECTION_47_ENQUIRY_VIEWED", "ALLOWED");
        String page = page("team.manager", c.enquiryId());
        assertThat(page).contains("Section 47 enquiry: Nia Enqpage", "Not assigned yet",
                due, "15 working days from the strategy discussion",
                "at least 3 years since qualifying, who has completed Lead child protection practitioner training",
                "Ruth Calloway, Lead child protection practitioner", "Assign lead practitioner",
                "href=\"/child-protection/strategy-discussions/" + c.discussionId() + "\"",
                "href=\"/child-protection/conferences/new?enquiry=" + c.enquiryId() + "\"")
                .as("only those who meet the rule are offered").doesNotContain("Sam Okoro");
        assertThat(AuditLog.count(jdbc, "team.manager", "SECTION_47_ENQUIRY_VIEWED", "ALLOWED")).isEqualTo(views + 1);

        mvc.perform(lead(c.enquiryId(), "team.manager", version(c.enquiryId()), mother.practitioner("child.protection")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/child-protection/enquiries/" + c.enquiryId()))
                .andExpect(flash().attribute("saved", "The lead child protection practitioner has been assigned"));
        assertThat(page("team.manager", c.enquiryId())).contains("Ruth Calloway, assigned on", "by Priya Shah");
    }

    @Test
    void aChoiceTheRuleRefusesIsAnsweredWithTheRulesMessageAtTheField() throws Exception {
        Case c = mother.enquiry("Orla", "Rulefail", 3);
        UUID sam = mother.practitioner("social.worker");
        String page = mvc.perform(lead(c.enquiryId(), "team.manager", version(c.enquiryId()), sam))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(page)).containsExactly("#lead-leadPractitionerId Sam Okoro cannot be a lead child "
                + "protection practitioner yet: the council's rule asks for Lead child protection practitioner training, "
                + "which they have not completed");
        assertThat(page).as("the refused choice is still shown, chosen")
                .contains("value=\"" + sam + "\" selected=\"selected\"", "(does not meet the rule)");
        assertThat(saved(c.enquiryId()).leadPractitionerId()).isNull();
    }

    @Test
    void aStaleLeadFormIsAConflictShowingTheirChangeAndKeepingTheChoice() throws Exception {
        Case c = mother.enquiry("Pia", "Staleford", 3);
        long seen = version(c.enquiryId());
        mvc.perform(lead(c.enquiryId(), "team.manager", seen, mother.practitioner("child.protection")))
                .andExpect(status().is3xxRedirection());
        UUID chair = mother.practitioner("conference.chair");
        String page = mvc.perform(lead(c.enquiryId(), "team.manager", seen, chair))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else saved a change to this record", "Ruth Calloway, assigned on",
                "value=\"" + chair + "\" selected=\"selected\"", "name=\"version\" value=\"" + version(c.enquiryId()) + "\"");
        assertThat(saved(c.enquiryId()).leadPractitionerName()).isEqualTo("Ruth Calloway");
    }

    @Test
    void theFindingsFormShowsEveryProblemAtOnceThenRecordsTheOutcomeAndLeadsToTheConference() throws Exception {
        Case c = mother.enquiry("Quin", "Findwell", 3);
        String started = mother.workingDaysAgo(3).format(DAY);
        String empty = mvc.perform(findings(c.enquiryId(), "social.worker", version(c.enquiryId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(empty)).containsExactly("#findings-findings Write what the enquiry found",
                "#findings-substantiated Select whether the concerns are substantiated",
                "#findings-outcome Select the outcome of the enquiry",
                "#findings-completedOnDay Enter the date the enquiry was completed, since it started on " + started
                        + " and not in the future");

        String bad = mvc.perform(findings(c.enquiryId(), "social.worker", version(c.enquiryId()))
                        .param("findings", "Bruising consistent with the account").param("outcome", "INITIAL_CONFERENCE")
                        .param("completedOnDay", "31").param("completedOnMonth", "2").param("completedOnYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(bad)).containsExactly(
                "#findings-substantiated Select whether the concerns are substantiated",
                "#findings-completedOnDay The date the enquiry was completed must be a real date");
        assertThat(bad).contains("Bruising consistent with the account", "value=\"31\"",
                "value=\"INITIAL_CONFERENCE\" checked=\"checked\"");
        assertThat(saved(c.enquiryId()).completedOn()).as("nothing saved").isNull();

        LocalDate today = mother.workingDaysAgo(0);
        mvc.perform(findings(c.enquiryId(), "social.worker", version(c.enquiryId()))
                        .param("findings", "Bruising consistent with rough handling").param("substantiated", "yes")
                        .param("outcome", "INITIAL_CONFERENCE").param("completedOnDay", String.valueOf(today.getDayOfMonth()))
                        .param("completedOnMonth", String.valueOf(today.getMonthValue()))
                        .param("completedOnYear", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());
        assertThat(page("social.worker", c.enquiryId())).contains("Bruising consistent with rough handling",
                "An initial child protection conference", "Completed",
                "href=\"/child-protection/conferences/new?enquiry=" + c.enquiryId() + "\"")
                .doesNotContain("Record the outcome");
    }

    @Test
    void staleFindingsAreAConflictShowingWhatDiffersAndKeepingWhatWasTyped() throws Exception {
        Case c = mother.enquiry("Rhys", "Clashford", 3);
        long seen = version(c.enquiryId());
        mvc.perform(lead(c.enquiryId(), "team.manager", seen, mother.practitioner("child.protection")))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(findings(c.enquiryId(), "social.worker", seen)
                        .param("findings", "Home conditions poor").param("substantiated", "no").param("outcome", "NO_FURTHER_ACTION"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else saved a change", "Ruth Calloway, assigned on", "Home conditions poor",
                "id=\"conflict-differences\"", "name=\"version\" value=\"" + version(c.enquiryId()) + "\"");
        assertThat(saved(c.enquiryId()).completedOn()).isNull();
    }

    @Test
    void whoIsRefused() throws Exception {
        Case c = mother.enquiry("Sol", "Keptout", 3);
        String path = "/child-protection/enquiries/" + c.enquiryId();
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));

        // The police officer, in the team, reads it but changes nothing and is offered nothing to change.
        assertThat(page("police.officer", c.enquiryId())).contains("Section 47 enquiry: Sol Keptout")
                .doesNotContain("Assign lead practitioner", "Record the outcome", "/child-protection/conferences/new");
        for (String user : List.of("school.dsl", "health.visitor", "analyst")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(refusals + 1);
        }
        long version = version(c.enquiryId());
        for (String user : List.of("social.worker", "conference.chair", "police.officer")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(lead(c.enquiryId(), user, version, mother.practitioner("child.protection")))
                    .andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user).isEqualTo(refusals + 1);
        }
        for (String user : List.of("conference.chair", "police.officer", "school.dsl")) {
            mvc.perform(findings(c.enquiryId(), user, version).param("findings", "x")).andExpect(status().isForbidden());
        }
        assertThat(version(c.enquiryId())).as("nothing changed").isEqualTo(version);
    }
}
