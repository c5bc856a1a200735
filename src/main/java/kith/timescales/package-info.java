/**
 * Timescales: working days and statutory clocks. {@link kith.timescales.WorkingDays} counts working days in
 * England and Wales (weekends, bank holidays computed by rule including the one-off proclamations, and the
 * council's own closure days, which administrators keep). {@link kith.timescales.StatutoryClocks} holds the
 * statutory timescales of Working Together 2023 as data: an event starts a clock with a due date, a later
 * event stops it, and a clock stopped late keeps the breach and the reason. Other modules tell it what
 * happened with a {@link kith.timescales.ClockEvent} and read {@link kith.timescales.ClockView}s for work trays.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timescales", allowedDependencies = {"shared", "audit"})
package kith.timescales;
