package kith.insights.areas;

import java.time.LocalDate;
import java.util.List;

/**
 * One area's measures for a period, as published: every count is a whole number or "c" (1 to 5, suppressed), and a
 * rate built on a suppressed count is "c" too. Nothing in it is about a child.
 *
 * @param areaCode the local authority's three-digit code (as the CIN census LEA)
 * @param areaName the local authority's name
 * @param periodStart the first day of the period
 * @param periodEnd the last day of the period
 * @param rows one per measure
 */
public record AreaFile(String areaCode, String areaName, LocalDate periodStart, LocalDate periodEnd, List<Row> rows) {

    /** The columns of the CSV layout, in order. */
    static final List<String> COLUMNS = List.of("area_code", "area_name", "period_start", "period_end", "measure",
            "measure_title", "numerator", "denominator", "value", "pounds");

    /** The figure that stands for a suppressed count. */
    static final String SUPPRESSED = "c";

    public AreaFile {
        rows = List.copyOf(rows);
    }

    /**
     * A measure's figure.
     *
     * @param measure the measure's key (its slug, such as "re-referrals")
     * @param title what it measures, in words
     * @param numerator the count that meets the measure, or "c"
     * @param denominator the count it is out of ("" for a count), or "c"
     * @param value the percentage for a rate, the count for a count, or "c"
     * @param pounds money, in whole pounds, where the measure has it ("" otherwise), or "c"
     */
    public record Row(String measure, String title, String numerator, String denominator, String value,
            String pounds) {}

    /** The row of a measure, or null. */
    public Row row(String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure)).findFirst().orElse(null);
    }
}
