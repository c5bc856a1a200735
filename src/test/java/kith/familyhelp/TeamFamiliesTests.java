package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.Role;
import kith.access.UserAccounts;
import kith.frontdoor.ReferralDecision;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Managers see their team's families": a team manager's list holds the open Family Help they or their team
 * supervise or lead, and not another team's; viewing it is audited; no one else may see it.
 */
@KithTest
class TeamFamiliesTests {

    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpEpisodes episodes;
    @Autowired FamilyHelpOpening opening;
    @Autowired FamilyHelpAllocation allocation;
    @Autowired PartnershipDirectory partnership;
    @Autowired UserAccounts accounts;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    /** A manager of another team (Family Help South), so that the list can be seen to leave a family out. */
    @BeforeEach
    void aManagerOfAnotherTeam() {
        if (accounts.exists("south.manager")) {
            return;
        }
        UUID council = partnership.practitioner(accounts.loadUserByUsername("team.manager").practitionerId())
                .orElseThrow().agencyId();
        UUID team = partnership.registerTeam(council, "Family Help South", "FAMILY_HELP");
        UUID manager = partnership.registerPractitioner(new PartnershipDirectory.NewPractitioner(council, team,
                "Noor", "Hassan", "Practice manager", Discipline.SOCIAL_WORKER, "SW055501", LocalDate.of(2010, 7, 1)));
        accounts.create("south.manager", "kith-demo", Role.TEAM_MANAGER, manager);
    }

    private EpisodeView openedBy(String manager, String given, String family) {
        UUID child = mother.child(given, family);
        UUID referral = mother.decidedReferral(child, given, family, ReferralDecision.TARGETED_EARLY_HELP);
        return users.call(manager, () -> opening.openFromReferral(referral));
    }

    @Test
    void aTeamManagerSeesWhatTheirTeamSupervisesOrLeadsAndNotAnotherTeamsFamilies() throws Exception {
        EpisodeView supervised = openedBy("team.manager", "Ada", "Northcott");
        EpisodeView southLedByNorth = openedBy("south.manager", "Ben", "Southgate");
        UUID socialWorker = accounts.loadUserByUsername("social.worker").practitionerId();
        users.run("south.manager", () -> allocation.allocateLead(southLedByNorth.id(), southLedByNorth.version(), socialWorker));
        EpisodeView southOnly = openedBy("south.manager", "Cara", "Southwell");

        String page = mvc.perform(get("/family-help/team").with(users.as("team.manager")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ada Northcott", "/family-help/" + supervised.id())
                .contains("Ben Southgate", "Sam Okoro", "Noor Hassan")
                .doesNotContain("Cara Southwell").doesNotContain(southOnly.id().toString());

        List<UUID> named = jdbc.sql("""
                        SELECT unnest(subject_ids) FROM audit_entry
                        WHERE username = 'team.manager' AND action = 'TEAM_FAMILIES_VIEWED'
                          AND position = (SELECT max(position) FROM audit_entry
                                          WHERE username = 'team.manager' AND action = 'TEAM_FAMILIES_VIEWED')""")
                .query(UUID.class).list();
        assertThat(named).as("the audit entry names the children listed")
                .contains(supervised.children().get(0).id(), southLedByNorth.children().get(0).id())
                .doesNotContain(southOnly.children().get(0).id());

        String south = mvc.perform(get("/family-help/team").with(users.as("south.manager")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(south).contains("Ben Southgate", "Cara Southwell").doesNotContain("Ada Northcott");
    }

    @Test
    void noOneButATeamManagerMaySeeTheList() throws Exception {
        for (String user : List.of("social.worker", "front.door", "health.visitor", "police.officer", "analyst", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            mvc.perform(get("/family-help/team").with(users.as(user))).andExpect(status().isForbidden());
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusal is audited").isEqualTo(refusals + 1);
        }
        mvc.perform(get("/family-help/team")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }
}
