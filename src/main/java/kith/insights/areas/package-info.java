/**
 * Areas compared: the measures of a period as an anonymised file (counts of 1 to 5 suppressed, no child-level data)
 * that any Kith area can export, and the files of other areas imported, so that a regional or national board sees
 * areas side by side on one page. The layout is in {@code docs/returns/areas-compared.md}.
 */
package kith.insights.areas;
