package kith.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kith.KithTest;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's family networks, so that a newcomer sees them at once: Poppy's network and meeting, the Thornburys. */
@KithTest
class DemoFamilyNetworksTests {

    @Autowired DemoFamilyNetworks demo;
    @Autowired FamilyNetworks networks;
    @Autowired FamilyGroupDecisions decisions;
    @Autowired PreProceedings preProceedings;
    @Autowired SupportPackages packages;
    @Autowired SupportBudgets budgets;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    private UUID person(String nhsNumber) {
        return jdbc.sql("SELECT id FROM person WHERE nhs_number = :nhs").param("nhs", nhsNumber).query(UUID.class).single();
    }

    @Test
    void poppysNetworkIsWorthDrawingAndHerFamilyGroupMeetingWasHeldWithAPlan() {
        UUID poppy = person(DemoFamilyNetworks.POPPY_NHS_NUMBER);
        NetworkMap map = users.call("social.worker", () -> networks.map(poppy));
        assertThat(map.members()).extracting(m -> m.person().givenName())
                .contains("Kerry", "Maureen", "Leanne", "Alfie", "Tasha", "Gordon", "Stephen");
        assertThat(map.ties()).as("the family among themselves, for the genogram").hasSizeGreaterThanOrEqualTo(6);
        assertThat(map.professionals()).as("the lead practitioners working with Poppy").isNotEmpty();
        FamilyGroupDecision.View fgdm = users.call("social.worker", () -> decisions.ofChild(poppy)).getFirst();
        assertThat(fgdm.status()).isEqualTo(FgdmStatus.PLAN_AGREED);
        assertThat(fgdm.privateFamilyTime()).isTrue();
        assertThat(fgdm.plan().steps()).hasSize(3);
        assertThat(fgdm.coordinatorName()).isEqualTo("Joy Mensah");
        // The bed and bus fares the plan asked for: approved by the team manager and paid, against the year's budget.
        SupportPackage.Line line = users.call("social.worker", () -> packages.forChild(poppy)).getFirst();
        SupportPackage.View support = users.call("social.worker", () -> packages.open(line.id()));
        assertThat(support.status()).isEqualTo(SupportPackage.Status.APPROVED);
        assertThat(support.paidPence()).isEqualTo(24_000L);
        assertThat(jdbc.sql("SELECT meeting_id FROM support_package WHERE id = :id").param("id", line.id())
                .query(UUID.class).single()).isEqualTo(fgdm.id());
        assertThat(budgets.year(budgets.currentYear()).paidPence()).isGreaterThanOrEqualTo(24_000L);
    }

    @Test
    void theThornburysAreInPreProceedingsWithTheMeetingOfferedInTheLetterAndAccepted() {
        UUID kai = person(DemoFamilyNetworks.KAI_NHS_NUMBER);
        PreProceeding.View pp = users.call("social.worker", () -> preProceedings.ofChild(kai)).getFirst();
        assertThat(pp.letterSentOn()).isNotNull();
        assertThat(pp.letterIncludes()).isEqualTo(PreProceeding.LetterIncludes.FGDM_OFFER);
        assertThat(users.call("social.worker", () -> decisions.forChild(kai))).singleElement()
                .extracting(FamilyGroupDecision.Summary::heldOn).isNull();
    }

    @Test
    void runningTheDemoAgainAddsNothing() throws Exception {
        long people = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        long fgdms = jdbc.sql("SELECT count(*) FROM family_group_decision").query(Long.class).single();
        demo.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM person").query(Long.class).single()).isEqualTo(people);
        assertThat(jdbc.sql("SELECT count(*) FROM family_group_decision").query(Long.class).single()).isEqualTo(fgdms);
    }
}
