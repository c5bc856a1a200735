/**
 * The live measures of Families First: read models ({@code measure_fact}, {@code measure_child_lead},
 * {@code measure_open_case}) kept by listeners to the other modules' events ({@link kith.insights.measures.MeasureRecorder})
 * and rebuilt from the modules' own records through their {@code …History} services
 * ({@link kith.insights.measures.MeasuresRebuild}), both through the one {@link kith.insights.measures.MeasureFacts#apply}
 * path; the figures by month ({@link kith.insights.measures.MeasuresReport}), the dashboards under {@code /insights} and
 * {@code GET /api/v1/measures}. Counts only: nothing here names a child.
 */
package kith.insights.measures;
