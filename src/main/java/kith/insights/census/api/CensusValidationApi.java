package kith.insights.census.api;

import java.util.List;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.census.CensusValidationReport;
import kith.insights.census.CensusYears;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DfE validation rules' failures on Kith's own CIN census return of a year, as JSON: the rule code, error or
 * query, the child's LAchildID ("Restricted record" to those not named on a restricted child), the child's name only
 * to those who may open their record, a link to the page where the fix is made, and the message.
 */
@RestController
class CensusValidationApi {

    /** The answer: the year, how many children the return holds, and the failures. */
    record Failures(String year, int children, long errors, long queries, List<CensusValidationReport.Row> failures) {}

    private final CensusValidationReport reports;

    CensusValidationApi(CensusValidationReport reports) {
        this.reports = reports;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/api/v1/returns/cin-census/validation")
    Failures validation(@RequestParam(required = false) Integer year) {
        CensusValidationReport.Report report = reports.report(CensusYears.of(year));
        return new Failures(report.year().toString(), report.children(), report.errors(), report.queries(),
                report.rows());
    }
}
