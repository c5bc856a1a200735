package kith.timescales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * England and Wales bank holidays, computed by rule for any year, with the one-off changes made by royal
 * proclamation listed in {@link #ONE_OFFS}. Pure functions of the year, so each year is computed once and kept.
 *
 * <p>The rules are those of the Banking and Financial Dealings Act 1971 and the annual proclamations as they
 * have stood since 1978 (when the early May bank holiday began); the one-offs are listed from 1995, so the
 * calendar is exact from 1995 onwards. Checked against GOV.UK's published dates
 * (https://www.gov.uk/bank-holidays).
 */
final class BankHolidays {

    /** A bank holiday and its name as GOV.UK publishes it. */
    record BankHoliday(LocalDate date, String name) {}

    /** A one-off change: a day added, or (when {@code replaces} is set) a usual bank holiday moved to it. */
    private record OneOff(LocalDate date, String name, LocalDate replaces) {
        static OneOff added(int year, Month month, int day, String name) {
            return new OneOff(LocalDate.of(year, month, day), name, null);
        }

        static OneOff moved(LocalDate from, int year, Month month, int day, String name) {
            return new OneOff(LocalDate.of(year, month, day), name, from);
        }
    }

    /** Every exception to the rules below, in one place. Add a new proclamation here (and a test). */
    private static final List<OneOff> ONE_OFFS = List.of(
            // 50th anniversary of VE day: early May bank holiday moved from Monday 1 May to Monday 8 May 1995.
            OneOff.moved(LocalDate.of(1995, 5, 1), 1995, Month.MAY, 8, "Early May bank holiday (VE day)"),
            // Millennium: an extra bank holiday on Friday 31 December 1999.
            OneOff.added(1999, Month.DECEMBER, 31, "Millennium celebrations"),
            // Golden Jubilee: spring bank holiday moved from 27 May to Tuesday 4 June 2002, extra Monday 3 June.
            OneOff.moved(LocalDate.of(2002, 5, 27), 2002, Month.JUNE, 4, "Spring bank holiday"),
            OneOff.added(2002, Month.JUNE, 3, "Golden Jubilee bank holiday"),
            // Wedding of Prince William and Catherine Middleton: an extra bank holiday on Friday 29 April 2011.
            OneOff.added(2011, Month.APRIL, 29, "Royal wedding"),
            // Diamond Jubilee: spring bank holiday moved from 28 May to Monday 4 June 2012, extra Tuesday 5 June.
            OneOff.moved(LocalDate.of(2012, 5, 28), 2012, Month.JUNE, 4, "Spring bank holiday"),
            OneOff.added(2012, Month.JUNE, 5, "Queen's Diamond Jubilee"),
            // 75th anniversary of VE day: early May bank holiday moved from Monday 4 May to Friday 8 May 2020.
            OneOff.moved(LocalDate.of(2020, 5, 4), 2020, Month.MAY, 8, "Early May bank holiday (VE day)"),
            // Platinum Jubilee: spring bank holiday moved from 30 May to Thursday 2 June 2022, extra Friday 3 June.
            OneOff.moved(LocalDate.of(2022, 5, 30), 2022, Month.JUNE, 2, "Spring bank holiday"),
            OneOff.added(2022, Month.JUNE, 3, "Platinum Jubilee bank holiday"),
            // State funeral of Queen Elizabeth II: an extra bank holiday on Monday 19 September 2022.
            OneOff.added(2022, Month.SEPTEMBER, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            // Coronation of King Charles III: an extra bank holiday on Monday 8 May 2023 (1 May stays).
            OneOff.added(2023, Month.MAY, 8, "Bank holiday for the coronation of King Charles III"));

    private static final Map<Integer, List<BankHoliday>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {}

    /** The bank holidays of a year, in date order. */
    static List<BankHoliday> of(int year) {
        return BY_YEAR.computeIfAbsent(year, BankHolidays::compute);
    }

    static List<LocalDate> datesOf(int year) {
        return of(year).stream().map(BankHoliday::date).toList();
    }

    static boolean isBankHoliday(LocalDate date) {
        for (BankHoliday holiday : of(date.getYear())) {
            if (holiday.date().equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static List<BankHoliday> compute(int year) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (isWeekend(newYear)) {
            days.add(new BankHoliday(nextMonday(newYear), "New Year's Day (substitute day)"));
        } else {
            days.add(new BankHoliday(newYear, "New Year's Day"));
        }
        LocalDate easter = easterSunday(year);
        days.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        days.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        days.add(new BankHoliday(
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday"));
        days.add(new BankHoliday(
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday"));
        days.add(new BankHoliday(
                LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday"));
        days.addAll(christmas(year));
        for (OneOff oneOff : ONE_OFFS) {
            if (oneOff.date().getYear() != year) {
                continue;
            }
            if (oneOff.replaces() != null) {
                days.removeIf(day -> day.date().equals(oneOff.replaces()));
            }
            days.add(new BankHoliday(oneOff.date(), oneOff.name()));
        }
        days.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(days);
    }

    /**
     * Christmas Day and Boxing Day. When either falls at a weekend the holiday moves to the next weekday that
     * is not already a holiday: Christmas on a Saturday gives Monday 27 and Tuesday 28; on a Sunday, Boxing Day
     * is Monday 26 and Christmas is kept on Tuesday 27; on a Friday, Boxing Day moves to Monday 28.
     */
    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        return switch (christmas.getDayOfWeek()) {
            case SATURDAY -> List.of(
                    new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"),
                    new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
            case SUNDAY -> List.of(
                    new BankHoliday(boxingDay, "Boxing Day"),
                    new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
            case FRIDAY -> List.of(
                    new BankHoliday(christmas, "Christmas Day"),
                    new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
            default -> List.of(new BankHoliday(christmas, "Christmas Day"), new BankHoliday(boxingDay, "Boxing Day"));
        };
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static LocalDate nextMonday(LocalDate date) {
        return date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
