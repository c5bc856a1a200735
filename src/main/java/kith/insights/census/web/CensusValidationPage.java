package kith.insights.census.web;

import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.census.CensusValidationReport;
import kith.insights.census.CensusYears;
import kith.insights.census.CollectionYear;
import kith.shared.InvalidInput;
import kith.shared.Today;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The CIN census validation report of Kith's own return for a year: the DfE rules' failures per child, each with a
 * link to the page where the fix is made (to those who may open the child's record). For those who make returns.
 */
@Controller
class CensusValidationPage {

    private final CensusValidationReport reports;
    private final Today today;

    CensusValidationPage(CensusValidationReport reports, Today today) {
        this.reports = reports;
        this.today = today;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/returns/cin-census/validation")
    String report(@RequestParam(required = false) String year, Model model) {
        CollectionYear collection;
        try {
            collection = year == null ? CollectionYear.current(today) : CensusYears.parse(year);
        } catch (InvalidInput e) {
            // Nothing is checked for a year that cannot be read: the page says what to give instead.
            model.addAttribute("yearProblem", e.problems().get(0).message());
            return "insights/census-validation";
        }
        CensusValidationReport.Report report = reports.report(collection);
        model.addAttribute("report", report);
        model.addAttribute("byChild", CensusValidationReport.byChild(report));
        return "insights/census-validation";
    }
}
