package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.protection.ChildProtectionTeams;
import kith.protection.LeadPractitionerRules;
import kith.protection.ProtectionMother;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's child protection pages: the multi-agency teams (members by type and nominator, the s16EA
 * warnings, setting up a team, adding and removing members) and the rule for lead child protection practitioners
 * (changed, never over another change). Teams made here are named to sort after the demo team, which stays the team
 * new work goes to.
 */
@KithTest
class ChildProtectionAdminPagesTests {

    private static final String TEAMS = "/admin/child-protection-teams";
    private static final String RULE = "/admin/lead-practitioner-rule";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired ProtectionMother mother;
    @Autowired ChildProtectionTeams teams;
    @Autowired LeadPractitionerRules rules;

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(users.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder admin(String path) {
        return post(path).with(users.as("admin")).with(csrf());
    }

    private UUID team(String name) {
        return teams.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String newName() {
        return "Zz test team " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theTeamsShowMembersByTypeAndNominatorAndWarnWhileATypeTheActRequiresIsMissing() throws Exception {
        String demo = page(TEAMS);
        assertThat(demo).contains("Demo Borough multi-agency child protection team", "Ruth Calloway", "Dan Mercer",
                "Police officer or police employee", "The chief officer of police: Chief Constable of Demoshire Police",
                "href=\"/admin/lead-practitioner-rule\"");

        String name = newName();
        mvc.perform(admin(TEAMS).param("name", name)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(TEAMS));
        UUID team = team(name);
        assertThat(page(TEAMS)).contains(name, "The team has no members yet.",
                "The team has no police officer or police employee nominated by the chief officer of police. Section 16EA "
                        + "of the Children Act 2004 requires at least one.");

        UUID police = mother.practitioner("police.officer");
        mvc.perform(admin(TEAMS + "/members").param("teamId", team.toString()).param("practitionerId", police.toString())
                        .param("type", "POLICE").param("nominatedBy", "CHIEF_OFFICER_OF_POLICE")
                        .param("nominatedByName", "Chief Constable of Demoshire Police")
                        .param("nominatedOnDay", "1").param("nominatedOnMonth", "4").param("nominatedOnYear", "2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(teams.team(team).members()).extracting(ChildProtectionTeams.Member::practitionerId).containsExactly(police);
        assertThat(teams.team(team).warnings()).hasSize(3).noneMatch(w -> w.contains("police"));

        String remove = TEAMS + "/" + team + "/members/" + police + "/remove";
        mvc.perform(admin(remove)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", "The member has been removed. They no longer see the team's children"));
        assertThat(teams.team(team).members()).isEmpty();
        mvc.perform(admin(remove)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "They were no longer a member of the team"));
        assertThat(teams.defaultTeam()).as("new work still goes to the demo team")
                .contains(team("Demo Borough multi-agency child protection team"));
    }

    @Test
    void theTeamFormsShowEveryProblemAtItsFieldAndAddNothing() throws Exception {
        assertThat(ErrorSummary.of(mvc.perform(admin(TEAMS)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString())).containsExactly("#team-name Enter the team's name in 200 characters or fewer");
        assertThat(ErrorSummary.of(mvc.perform(admin(TEAMS).param("name", "Demo Borough multi-agency child protection team"))
                .andReturn().getResponse().getContentAsString()))
                .containsExactly("#team-name There is already a team called Demo Borough multi-agency child protection team");

        String name = newName();
        mvc.perform(admin(TEAMS).param("name", name)).andExpect(status().is3xxRedirection());
        UUID team = team(name);
        assertThat(ErrorSummary.of(mvc.perform(admin(TEAMS + "/members").param("teamId", team.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())).containsExactly(
                "#member-practitionerId Select the practitioner from the partnership",
                "#member-type Select the kind of member",
                "#member-nominatedBy Select who nominated them",
                "#member-nominatedByName Enter the name of the body or office holder who nominated them",
                "#member-nominatedOnDay Enter the date of the nomination, today or in the past");
        String wrong = mvc.perform(admin(TEAMS + "/members").param("teamId", team.toString())
                        .param("practitionerId", mother.practitioner("school.dsl").toString()).param("type", "POLICE")
                        .param("nominatedBy", "LOCAL_AUTHORITY").param("nominatedByName", "The head teacher")
                        .param("nominatedOnDay", "31").param("nominatedOnMonth", "2").param("nominatedOnYear", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ErrorSummary.of(wrong)).containsExactly("#member-type Helen Marsh does not work for the police",
                "#member-nominatedBy A member of this kind is nominated by the chief officer of police (Children Act 2004 s16EA)",
                "#member-nominatedOnDay The date of the nomination must be a real date");
        assertThat(wrong).contains("value=\"The head teacher\"", "value=\"31\"")
                .containsPattern("id=\"member-type-POLICE\"[^>]*checked=\"checked\"");
        assertThat(teams.team(team).members()).isEmpty();
    }

    @Test
    void theRuleIsShownWithWhoMeetsItAndChangedNeverOverAnotherChange() throws Exception {
        String page = page(RULE);
        assertThat(page).contains("at least 3 years since qualifying, who has completed Lead child protection practitioner "
                + "training", "Ruth Calloway", "Nadia Osei").doesNotContain("Sam Okoro");

        LeadPractitionerRules.Rule before = rules.rule();
        try {
            assertThat(ErrorSummary.of(mvc.perform(admin(RULE).param("version", String.valueOf(before.version()))
                            .param("yearsSinceQualifying", "soon").param("trainingRequired", "x".repeat(201)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())).containsExactly(
                    "#yearsSinceQualifying Enter the years since qualifying as a whole number, from 0 to 40",
                    "#trainingRequired Enter the course in 200 characters or fewer");
            assertThat(rules.rule()).isEqualTo(before);

            mvc.perform(admin(RULE).param("version", String.valueOf(before.version())).param("yearsSinceQualifying", "2")
                            .param("trainingRequired", before.trainingRequired()))
                    .andExpect(status().is3xxRedirection());
            assertThat(page(RULE)).contains("at least 2 years since qualifying");

            String stale = mvc.perform(admin(RULE).param("version", String.valueOf(before.version()))
                            .param("yearsSinceQualifying", "5").param("trainingRequired", ""))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(stale).contains("Someone else saved a change", "id=\"conflict-differences\"", "value=\"5\"",
                    "at least 2 years since qualifying", "name=\"version\" value=\"" + rules.rule().version() + "\"");
            assertThat(rules.rule().yearsSinceQualifying()).isEqualTo(2);
            assertThat(AuditLog.count(jdbc, "admin", "LEAD_PRACTITIONER_RULE_CHANGED", "ALLOWED")).isPositive();
        } finally {
            // The rule is the council's one: put it back for every other test.
            users.run("admin", () -> rules.change(rules.rule().version(), before.yearsSinceQualifying(),
                    before.trainingRequired()));
        }
    }

    @Test
    void onlyAdministratorsReachThem() throws Exception {
        int teamsBefore = teams.teams().size();
        for (String path : List.of(TEAMS, RULE)) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
            for (String user : List.of("social.worker", "team.manager", "police.officer", "school.dsl", "conference.chair")) {
                long refusals = AuditLog.refusals(jdbc, user);
                mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
                mvc.perform(post(path).with(users.as(user)).with(csrf()).param("name", newName())
                        .param("version", "0").param("yearsSinceQualifying", "0")).andExpect(status().isForbidden());
                assertThat(AuditLog.refusals(jdbc, user)).as(user + " at " + path).isEqualTo(refusals + 2);
            }
        }
        assertThat(rules.rule().yearsSinceQualifying()).as("the rule is unchanged").isEqualTo(3);
        assertThat(teams.teams()).as("no team set up by the refused").hasSize(teamsBefore);
    }
}
