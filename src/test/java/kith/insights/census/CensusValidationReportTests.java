package kith.insights.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kith.KithTest;
import kith.access.RestrictedRecords;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DfE rules run over Kith's own return: a clean small authority's children have no failures; a child whose
 * referral was decided for an assessment that nobody has opened yet has no primary need (DfE rule 8610), and when
 * that child's record is restricted the report says "Restricted record" to those not named on it, without their LA
 * child id, while a user named on it is shown the child.
 */
@KithTest
class CensusValidationReportTests {

    @Autowired CensusValidationReport reports;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired RestrictedRecords restricted;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired kith.support.StatementCounter statements;
    @Autowired KithCensus census;

    private String laChildId(UUID child) {
        return jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", child).query(String.class).single();
    }

    private List<CensusValidationReport.Row> rowsFor(String user, String laChildId) {
        return users.call(user, () -> reports.report(new CollectionYear(2027))).rows().stream()
                .filter(r -> laChildId.equals(r.laChildId())).toList();
    }

    @Test
    void aCleanChildHasNoFailuresAndAMissingPrimaryNeedIsReportedWithTheChildWithheldWhereRestricted() throws Exception {
        UUID clean = familyHelp.child("Cleo", "Cleanreturn");
        familyHelp.decidedReferral(clean, "Cleo", "Cleanreturn", ReferralDecision.NO_FURTHER_ACTION);
        UUID waiting = familyHelp.child("Wyn", "Waitingopen");
        familyHelp.decidedReferral(waiting, "Wyn", "Waitingopen", ReferralDecision.SECTION_17_ASSESSMENT);

        assertThat(rowsFor("analyst", laChildId(clean))).as("a clean NFA referral").isEmpty();
        List<CensusValidationReport.Row> failing = rowsFor("analyst", laChildId(waiting));
        assertThat(failing).extracting(CensusValidationReport.Row::rule).contains("8610");
        assertThat(failing).allSatisfy(row -> {
            assertThat(row.child()).as("analysts see LA child ids, never names").isNull();
            assertThat(row.link()).as("nor links to records they may not open").isNull();
        });
        assertThat(rowsFor("team.manager", laChildId(waiting))).allSatisfy(row -> {
            assertThat(row.child()).isEqualTo("Wyn Waitingopen");
            assertThat(row.link()).startsWith("/");
        });

        users.run("admin", () -> restricted.restrict(waiting, "Risk from a relative"));
        users.run("admin", () -> restricted.grant(waiting, "team.manager", "Manages the case"));
        String id = laChildId(waiting);
        var report = users.call("analyst", () -> reports.report(new CollectionYear(2027)));
        assertThat(report.rows()).noneMatch(row -> id.equals(row.laChildId()));
        assertThat(report.rows()).anySatisfy(row -> {
            assertThat(row.laChildId()).isEqualTo("Restricted record");
            assertThat(row.rule()).isEqualTo("8610");
        });
        assertThat(rowsFor("team.manager", id)).as("named on the record").isNotEmpty()
                .allSatisfy(row -> assertThat(row.child()).isEqualTo("Wyn Waitingopen"));

        String page = mvc.perform(get("/returns/cin-census/validation").param("year", "2027").with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Restricted record").doesNotContain(id).doesNotContain("Waitingopen");
        String json = mvc.perform(get("/api/v1/returns/cin-census/validation").param("year", "2027")
                        .with(users.as("analyst"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"rule\":\"8610\"", "Restricted record").doesNotContain(id);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CIN_CENSUS_VALIDATED'").query(Long.class)
                .single()).isGreaterThanOrEqualTo(3);

        mvc.perform(get("/returns/cin-census/validation")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/returns/cin-census/validation").param("year", "2027")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/returns/cin-census/validation").param("year", "2027").with(users.as("social.worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/returns/cin-census/validation").with(users.as("social.worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/returns/cin-census/validation").param("year", "1066").with(users.as("analyst")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReportPageAsksEachModuleOncePerBatchOfChildren() throws Exception {
        int children = users.call("team.manager", () -> census.scope(new CollectionYear(2027))).childIds().size();
        int batches = (children + KithCensus.BATCH - 1) / KithCensus.BATCH;
        statements.start();
        mvc.perform(get("/returns/cin-census/validation").param("year", "2027").with(users.as("team.manager")))
                .andExpect(status().isOk());
        List<String> executed = statements.stop();
        // The export's statements per batch, the names of the children with failures (one query and its audit), the
        // report's audit entry and the page's own (the signed-in user).
        assertThat(executed.size()).as(String.join("\n", executed)).isLessThanOrEqualTo(16 + 16 * batches);
    }
}
