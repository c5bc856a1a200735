package kith.timescales;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Working days in England and Wales for this council: weekdays that are neither bank holidays nor the local
 * closure days an administrator has added (for example the days between Christmas and New Year). Statutory
 * timescales counted in working days are counted here.
 *
 * <p>Bank holidays are computed by rule and kept in memory. Closure days are read from the database on each
 * call (one small table): every instance of Kith, and a transaction that has just added one, sees the same
 * calendar, with no cache to fall out of date.
 */
@Service
public class WorkingDays {

    private final JdbcClient jdbc;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for a weekday that is neither a bank holiday nor a local closure day. */
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    /**
     * The {@code n}th working day strictly after {@code date}, whether or not {@code date} is itself a working
     * day; {@code date} itself when {@code n} is 0.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        return calendar().workingDaysAfter(date, n);
    }

    /**
     * How many working days {@code d} have {@code from < d <= to}, so that
     * {@code workingDaysBetween(d, workingDaysAfter(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    /** The England and Wales bank holidays of a year, in date order (local closure days are not included). */
    public List<LocalDate> bankHolidays(int year) {
        return BankHolidays.datesOf(year);
    }

    /** Today's calendar, read once, for work that asks many questions of it at once (a list's overdue days). */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(jdbc.sql("SELECT day FROM working_day_closure").query(LocalDate.class).set());
    }
}
