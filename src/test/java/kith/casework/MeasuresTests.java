package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.familyhelp.FamilyHelpOpening;
import kith.familyhelp.FamilyHelpMeasures;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.FrontDoorMeasures;
import kith.frontdoor.ReferralDecision;
import kith.shared.AccessRefused;
import kith.support.AuditLog;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The performance analyst's home page has real figures: this month's referrals, decisions and how many were made
 * within one working day, re-referrals, and the Family Help open today; counts that name no one, which only
 * analysts see.
 */
@KithTest
class MeasuresTests {

    @Autowired Measures measures;
    @Autowired FrontDoorMeasures frontDoor;
    @Autowired FamilyHelpMeasures familyHelp;
    @Autowired FamilyHelpMother mother;
    @Autowired FamilyHelpOpening opening;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aReferralDecidedTodayAndFamilyHelpOpenedFromItAreCounted() throws Exception {
        Measures.Shown before = users.call("analyst", () -> measures.now());
        UUID child = mother.child("Figure", "Counterby");
        UUID referral = mother.decidedReferral(child, "Figure", "Counterby", ReferralDecision.TARGETED_EARLY_HELP);
        users.run("team.manager", () -> opening.openFromReferral(referral));
        Measures.Shown after = users.call("analyst", () -> measures.now());

        assertThat(after.thisMonth().referrals()).isEqualTo(before.thisMonth().referrals() + 1);
        assertThat(after.thisMonth().decisions()).isEqualTo(before.thisMonth().decisions() + 1);
        assertThat(after.thisMonth().decisionsWithinOneWorkingDay())
                .isEqualTo(before.thisMonth().decisionsWithinOneWorkingDay() + 1);
        assertThat(after.familyHelp().episodes()).isEqualTo(before.familyHelp().episodes() + 1);
        assertThat(after.familyHelp().children()).isEqualTo(before.familyHelp().children() + 1);

        String home = mvc.perform(get("/").with(users.as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Referrals received", "Decided within one working day", "Re-referrals",
                "Families with open Family Help", String.valueOf(after.familyHelp().episodes()))
                .doesNotContain("Figure Counterby").doesNotContain("will appear here");
    }

    @Test
    void onlyAnalystsSeeTheMeasures() throws Exception {
        for (String user : List.of("team.manager", "social.worker", "front.door", "health.visitor", "admin")) {
            long refusals = AuditLog.refusals(jdbc, user);
            assertThatThrownBy(() -> users.call(user, () -> frontDoor.of(java.time.YearMonth.of(2026, 1))))
                    .isInstanceOf(AccessRefused.class);
            assertThatThrownBy(() -> users.call(user, () -> familyHelp.open())).isInstanceOf(AccessRefused.class);
            assertThat(AuditLog.refusals(jdbc, user)).as(user + "'s refusals are audited").isEqualTo(refusals + 2);
            mvc.perform(get("/").with(users.as(user)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Decided within one working day"))));
        }
    }
}
