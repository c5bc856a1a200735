/**
 * Long work in the background (exports and recalculations), with its progress shown on a page and a download when
 * it is ready.
 */
@org.springframework.modulith.NamedInterface("jobs")
package kith.insights.jobs;
