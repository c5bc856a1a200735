package kith.timescales;

/** The unit a clock's length is counted in. */
enum ClockUnit {
    WORKING_DAYS,
    DAYS,
    MONTHS
}
