package kith.insights.measures.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.measures.Dimension;
import kith.insights.measures.Figure;
import kith.insights.measures.Measure;
import kith.insights.jobs.Jobs;
import kith.insights.measures.MeasuresRebuild;
import kith.insights.measures.MeasuresReport;
import kith.insights.measures.MeasuresReport.Series;
import kith.insights.measures.Slice;
import kith.shared.InvalidInput;
import kith.shared.web.FormErrors;
import kith.shared.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The measures' dashboards. {@code /insights}: the Families First measures over the last 12 months, each as a chart
 * with its numbers in a table beside it and its definition, sliceable by one dimension, and "for publication" with
 * counts of 1 to 5 shown as "c"; for performance analysts and team managers (the service refuses everyone else too).
 * {@code /insights/my-work}: a practitioner's or manager's own timeliness and their team's, never another team's.
 * Nothing on either names a child.
 */
@Controller
class InsightsPages {

    private static final FormFields SLICE = FormFields.of("slice");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One month's row of a measure's table, as shown. */
    record Row(String month, String numerator, String denominator, String value) {}

    /** Family group decision making at one stage, as shown. */
    record Stage(String stage, String offered, String held) {}

    /** A measure on the page: its chart and its table. */
    record Panel(Measure measure, String chart, List<Row> rows, Row total, String money) {}

    private final MeasuresReport report;
    private final MeasuresRebuild rebuild;
    private final Jobs jobs;

    InsightsPages(MeasuresReport report, MeasuresRebuild rebuild, Jobs jobs) {
        this.report = report;
        this.rebuild = rebuild;
        this.jobs = jobs;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/insights")
    String dashboard(@RequestParam(name = "slice", required = false) String slice,
            @RequestParam(name = "publication", required = false) String publication, Model model) {
        report.checkMaySeeTheAuthority();
        boolean published = "true".equals(publication);
        Slice chosen = Slice.ALL;
        if (slice != null && !slice.isBlank()) {
            int colon = slice.indexOf(':');
            var dimension = colon < 0 ? java.util.Optional.<Dimension>empty()
                    : Dimension.fromParameter(slice.substring(0, colon));
            String value = colon < 0 ? "" : slice.substring(colon + 1);
            if (dimension.isEmpty() || value.length() > 200 || value.indexOf('\u0000') >= 0) {
                model.addAttribute("errors", FormErrors.of(SLICE, List.of(
                        new InvalidInput.Problem("slice", "Select what to show the measures for from the list"))));
            } else {
                chosen = new Slice(dimension.get(), value);
            }
        }
        YearMonth to = report.lastMonth();
        MeasuresReport.Report figures = report.report(chosen, to.minusMonths(11), to);
        model.addAttribute("panels", figures.series().stream().map(s -> panel(s, published)).toList());
        model.addAttribute("stages", figures.fgdmByStage().stream().map(s -> new Stage(s.stage(),
                shown(s.offered(), published), shown(s.held(), published))).toList());
        model.addAttribute("unallocated", shown(figures.openCases().unallocated(), published));
        model.addAttribute("openCases", figures.openCases());
        model.addAttribute("options", report.options());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("slice", chosen.all() ? "" : chosen.dimension().parameter() + ":" + chosen.value());
        model.addAttribute("publication", published);
        model.addAttribute("period", to.minusMonths(11).format(MONTH) + " to " + to.format(MONTH));
        model.addAttribute("mayRebuild", rebuild.mayRebuild());
        return "insights/measures";
    }

    @RequiresPermission(Permission.WORK_CHILD_PROTECTION)
    @GetMapping("/insights/my-work")
    String myWork(Model model) {
        MeasuresReport.MyWork work = report.myWork();
        model.addAttribute("work", work);
        model.addAttribute("period", work.from().format(MONTH) + " to " + work.to().format(MONTH));
        return "insights/my-work";
    }

    /**
     * Rebuilds the read models from the modules' records in the background, and shows its progress on the job's page
     * (the rebuild is checked and audited now, as the analyst who asks).
     */
    @RequiresPermission(Permission.SEE_MEASURES)
    @PostMapping("/insights/rebuild")
    String rebuild() {
        UUID job = jobs.start("Rebuild the measures", null, null, rebuild.work());
        return "redirect:/returns/jobs/" + job;
    }

    private static Panel panel(Series series, boolean publication) {
        Measure measure = series.measure();
        List<Row> rows = series.months().stream().map(f -> row(f.month().format(MONTH), f, measure, publication))
                .toList();
        Figure total = series.total();
        String money = total.pence() == null ? null
                : publication && Figure.published(total.numerator()).equals("c") ? "c"
                        : String.format(Locale.UK, "£%,.2f", total.pence() / 100.0);
        return new Panel(measure, MonthlyChart.svg(series, publication), rows,
                row("All 12 months", total, measure, publication), money);
    }

    private static String shown(long count, boolean publication) {
        return publication ? Figure.published(count) : Long.toString(count);
    }

    private static Row row(String label, Figure figure, Measure measure, boolean publication) {
        String numerator = publication ? Figure.published(figure.numerator()) : Long.toString(figure.numerator());
        String denominator = figure.denominator() == null ? null
                : publication ? Figure.published(figure.denominator()) : Long.toString(figure.denominator());
        return new Row(label, numerator, denominator, MonthlyChart.label(figure, measure, publication));
    }
}
