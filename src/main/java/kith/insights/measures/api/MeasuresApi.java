package kith.insights.measures.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.measures.Dimension;
import kith.insights.measures.Figure;
import kith.insights.measures.Measure;
import kith.insights.measures.MeasuresReport;
import kith.insights.measures.Slice;
import kith.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measures over JSON: each measure's value over the period (the 12 months to this one unless {@code from} and
 * {@code to} say otherwise), its numerator, denominator and written definition, optionally restricted to one slice
 * ({@code slice=team:<id>}, {@code age:5 to 9}…). {@code publication=true} shows every count of 1 to 5 as "c" and
 * withholds the rates built on them. For performance analysts and team managers; counts only, naming no child.
 */
@RestController
class MeasuresApi {

    /** A count, or "c" in a publication when it is 1 to 5. */
    record MeasureValue(String id, String title, String unit, Object value, Object numerator, Object denominator,
            Object moneyPence, String from, String to, String definition) {}

    record Measures(String from, String to, boolean publication, String slice, List<MeasureValue> measures,
            long practitionersWithOpenCases, Double openCasesPerPractitioner) {}

    private final MeasuresReport report;

    MeasuresApi(MeasuresReport report) {
        this.report = report;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/api/v1/measures")
    Measures measures(@RequestParam(name = "publication", defaultValue = "false") boolean publication,
            @RequestParam(name = "slice", required = false) String slice,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        YearMonth last = to == null ? report.lastMonth() : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "The first month must be before the last");
        }
        Slice chosen = slice(slice);
        MeasuresReport.Report figures = report.report(chosen, first, last);
        List<MeasureValue> values = new ArrayList<>();
        for (MeasuresReport.Series series : figures.series()) {
            Measure measure = series.measure();
            Figure total = series.total();
            boolean withheld = publication && total.suppressed();
            Object value = withheld ? "c" : total.value(measure.rate());
            values.add(new MeasureValue(measure.slug(), measure.title(), measure.rate() ? "percent" : "count", value,
                    count(total.numerator(), publication),
                    total.denominator() == null ? null : count(total.denominator(), publication),
                    total.pence() == null ? null : withheld ? "c" : total.pence(), first.toString(), last.toString(),
                    measure.definition()));
        }
        return new Measures(first.toString(), last.toString(), publication, chosen.all() ? null : slice, values,
                figures.openCases().practitioners().size(), figures.openCases().average());
    }

    private static Object count(long count, boolean publication) {
        return publication && count >= 1 && count <= 5 ? "c" : Long.valueOf(count);
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give the month as a year and month, for example 2027-03");
        }
    }

    private static Slice slice(String slice) {
        if (slice == null || slice.isBlank()) {
            return Slice.ALL;
        }
        int colon = slice.indexOf(':');
        Dimension dimension = colon < 0 ? null : Dimension.fromParameter(slice.substring(0, colon)).orElse(null);
        if (dimension == null) {
            throw new InvalidInput("slice", "Give the slice as a dimension and a value, for example team:<id>; the "
                    + "dimensions are team, agency, age, sex, ethnicity, disability, need and stage");
        }
        String value = slice.substring(colon + 1);
        if (value.length() > 200 || value.indexOf('\u0000') >= 0) {
            throw new InvalidInput("slice", "The slice's value is not one the measures have");
        }
        return new Slice(dimension, value);
    }
}
