/**
 * The statutory returns' pages: the returns page ({@code /returns}) with a button for each return Kith makes, the
 * background job's page with its progress bar and download, and the Annex A API.
 */
package kith.insights.returns;
