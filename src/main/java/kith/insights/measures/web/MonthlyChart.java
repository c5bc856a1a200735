package kith.insights.measures.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import kith.insights.measures.Figure;
import kith.insights.measures.Measure;
import kith.insights.measures.MeasuresReport.Series;
import org.springframework.web.util.HtmlUtils;

/**
 * A measure's months as a bar chart in SVG, drawn on the server so that it needs no script. Accessible: the chart is
 * an image ({@code role="img"}) labelled by its title and a description that states every month's value in words;
 * bars are GOV.UK blue on white (contrast above 4.5:1) and every bar carries its value as text, so nothing is told by
 * colour alone. In a publication a month built on a count of 1 to 5 draws no bar and is labelled "c". The table
 * beside the chart holds the same numbers.
 */
final class MonthlyChart {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final int LEFT = 8;

    private MonthlyChart() {}

    static String svg(Series series, boolean publication) {
        Measure measure = series.measure();
        List<Figure> months = series.months();
        long most = measure.rate() ? 100
                : Math.max(1, months.stream().mapToLong(Figure::numerator).max().orElse(1));
        int slot = (WIDTH - LEFT * 2) / Math.max(1, months.size());
        int plot = HEIGHT - TOP - BOTTOM;
        String id = "chart-" + measure.slug();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kith-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" focusable=\"false\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(measure.title())).append(", by month")
                .append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(series, publication)))
                .append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plot).append("\" x2=\"")
                .append(WIDTH - LEFT).append("\" y2=\"").append(TOP + plot)
                .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
        for (int i = 0; i < months.size(); i++) {
            Figure figure = months.get(i);
            int x = LEFT + i * slot;
            int centre = x + slot / 2;
            String label = label(figure, measure, publication);
            Long value = figure.value(measure.rate());
            boolean drawn = value != null && !(publication && figure.suppressed());
            int height = drawn ? (int) Math.round((double) plot * value / most) : 0;
            if (drawn && height > 0) {
                svg.append("<rect x=\"").append(x + 4).append("\" y=\"").append(TOP + plot - height)
                        .append("\" width=\"").append(slot - 8).append("\" height=\"").append(height)
                        .append("\" fill=\"#1d70b8\"/>");
            }
            svg.append("<text x=\"").append(centre).append("\" y=\"").append(TOP + plot - height - 6)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">").append(escape(label))
                    .append("</text>");
            svg.append("<text x=\"").append(centre).append("\" y=\"").append(HEIGHT - BOTTOM / 2 + 4)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append(escape(figure.month().format(SHORT))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A month's value as the chart, the table and the description say it. */
    static String label(Figure figure, Measure measure, boolean publication) {
        if (publication && figure.suppressed()) {
            return "c";
        }
        if (measure.rate()) {
            Long percent = figure.percent();
            return percent == null ? "–" : percent + "%";
        }
        return Long.toString(figure.numerator());
    }

    private static String description(Series series, boolean publication) {
        StringBuilder text = new StringBuilder(series.measure().rate() ? "Percentage for each month: "
                : "Count for each month: ");
        for (int i = 0; i < series.months().size(); i++) {
            Figure figure = series.months().get(i);
            String label = label(figure, series.measure(), publication);
            text.append(i == 0 ? "" : "; ").append(figure.month().format(LONG)).append(' ')
                    .append(label.equals("–") ? "none" : label.equals("c") ? "withheld (a small number)" : label);
        }
        return text.append('.').toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
