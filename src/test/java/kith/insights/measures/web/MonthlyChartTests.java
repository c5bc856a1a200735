package kith.insights.measures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kith.insights.measures.Figure;
import kith.insights.measures.Measure;
import kith.insights.measures.MeasuresReport.Series;
import org.junit.jupiter.api.Test;

/**
 * The chart is an accessible image (a title, a description giving every month's value in words, each bar labelled
 * with its value so that colour tells nothing alone), and in a publication every count of 1 to 5, and every rate
 * built on one, is "c".
 */
class MonthlyChartTests {

    private static Series series(Measure measure, long[][] months) {
        List<Figure> figures = new ArrayList<>();
        YearMonth month = YearMonth.of(2026, 1);
        for (long[] m : months) {
            figures.add(new Figure(month, m[0], measure.rate() ? m[1] : null, null));
            month = month.plusMonths(1);
        }
        return new Series(measure, figures, figures.get(0));
    }

    @Test
    void theChartIsAnImageWithATitleADescriptionAndEveryValueWritten() {
        String svg = MonthlyChart.svg(series(Measure.ASSESSMENTS_ON_TIME, new long[][] {{9, 10}, {0, 0}, {3, 12}}), false);
        assertThat(svg).contains("role=\"img\"", "<title id=\"chart-assessments-title\">Assessments completed within 45 "
                        + "working days, by month</title>", "aria-labelledby=\"chart-assessments-title chart-assessments-desc\"",
                "January 2026 90%; February 2026 none; March 2026 25%.", ">90%<", ">25%<", ">Jan<", "fill=\"#1d70b8\"");
    }

    @Test
    void forPublicationCountsOfOneToFiveAndRatesBuiltOnThemAreC() {
        String svg = MonthlyChart.svg(series(Measure.ASSESSMENTS_ON_TIME, new long[][] {{9, 10}, {3, 12}, {0, 0}, {6, 6}}),
                true);
        assertThat(svg).contains("January 2026 90%; February 2026 withheld (a small number); March 2026 none; "
                + "April 2026 100%.").doesNotContain(">25%<");
        for (long count = 0; count <= 7; count++) {
            assertThat(Figure.published(count)).as("%d", count).isEqualTo(count >= 1 && count <= 5 ? "c" : String.valueOf(count));
        }
        assertThat(new Figure(null, 0, 5L, null).suppressed()).as("a rate on 5 cases").isTrue();
        assertThat(new Figure(null, 6, 6L, null).suppressed()).isFalse();
        assertThat(new Figure(null, 0, 0L, null).suppressed()).isFalse();
        assertThat(MonthlyChart.label(new Figure(null, 4, null, null), Measure.KINSHIP, true)).isEqualTo("c");
        assertThat(MonthlyChart.label(new Figure(null, 4, null, null), Measure.KINSHIP, false)).isEqualTo("4");
    }
}
