package kith.timescales;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The arithmetic of working days for one set of local closure days: pure and immutable, so it can be tested
 * without Spring. A working day is a weekday that is neither an England and Wales bank holiday nor a closure day.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> closureDays;

    WorkingCalendar(Collection<LocalDate> closureDays) {
        this.closureDays = Set.copyOf(closureDays);
    }

    static WorkingCalendar withoutClosureDays() {
        return new WorkingCalendar(Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return !BankHolidays.isWeekend(date) && !BankHolidays.isBankHoliday(date) && !closureDays.contains(date);
    }

    /** The {@code n}th working day strictly after {@code date}; {@code date} itself when {@code n} is 0. */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more, was " + n);
        }
        LocalDate day = date;
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** How many working days {@code d} have {@code from < d <= to}; negative (the same count) when {@code to < from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
