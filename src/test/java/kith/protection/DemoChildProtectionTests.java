package kith.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kith.KithTest;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's family part-way through child protection, so that a newcomer sees it working at once. */
@KithTest
class DemoChildProtectionTests {

    @Autowired DemoChildProtection demo;
    @Autowired ChildProtectionPlans plans;
    @Autowired StrategyDiscussions discussions;
    @Autowired ChildProtectionTeams teams;
    @Autowired ProtectionMother mother;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private UUID poppy() {
        return jdbc.sql("SELECT id FROM person WHERE nhs_number = :nhs").param("nhs", DemoChildProtection.POPPY_NHS_NUMBER)
                .query(UUID.class).single();
    }

    private UUID plan() {
        return jdbc.sql("SELECT id FROM child_protection_plan WHERE child_id = :c AND ended_on IS NULL")
                .param("c", poppy()).query(UUID.class).single();
    }

    @Test
    void poppyMarchbankIsOnAPlanUnderNeglectLedByRuthCallowayWithHerNextVisitOverdue() {
        ChildProtectionPlan.View plan = users.call("child.protection", () -> plans.open(plan()));
        assertThat(plan.child().name()).isEqualTo("Poppy Marchbank");
        assertThat(plan.latestCategory()).isEqualTo(Category.NEG);
        assertThat(plan.leadPractitionerName()).isEqualTo("Ruth Calloway");
        assertThat(plan.familyHelpLeadId()).isEqualTo(mother.practitioner("health.visitor"));
        assertThat(plan.meetings()).hasSize(1);
        assertThat(plan.visits()).hasSize(2);
        assertThat(plan.visits().get(0).lateReason()).isNotBlank();
        assertThat(plan.due()).filteredOn(ChildProtectionPlan.Due::overdue).extracting(ChildProtectionPlan.Due::what)
                .containsExactly("Visit");
        // The strategy discussion went ahead without education, and its record warns of it.
        UUID discussion = jdbc.sql("""
                        SELECT d.id FROM strategy_discussion d JOIN strategy_discussion_child c ON c.discussion_id = d.id
                        WHERE c.person_id = :p""").param("p", poppy()).query(UUID.class).single();
        assertThat(users.call("social.worker", () -> discussions.open(discussion)).warnings())
                .singleElement().asString().startsWith("Education did not take part");
        assertThat(teams.team(teams.defaultTeam().orElseThrow()).warnings()).as("the team has all four s16EA types")
                .isEmpty();
    }

    @Test
    void runningTheDemoAgainAddsNothing() throws Exception {
        long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        long planCount = jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE child_id = :c").param("c", poppy())
                .query(Long.class).single();
        demo.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(people);
        assertThat(jdbc.sql("SELECT count(*) FROM child_protection_plan WHERE child_id = :c").param("c", poppy())
                .query(Long.class).single()).isEqualTo(planCount).isOne();
    }
}
