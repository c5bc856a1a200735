package kith.insights.census.rules;

import java.time.LocalDate;

/**
 * Which days are working days, for the rules counted in working days (8569Q, 8670Q, 8675Q). Kith's own calendar
 * ({@code kith.timescales.WorkingDays}) answers it in the application, so that the census counts working days the
 * same way as Kith's timescales do.
 */
@FunctionalInterface
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The {@code n}th working day strictly before {@code date}. */
    default LocalDate workingDaysBefore(LocalDate date, int n) {
        LocalDate day = date;
        for (int found = 0; found < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }
}
