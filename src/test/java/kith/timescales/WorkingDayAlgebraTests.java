package kith.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The algebra of working days, for any date from 2014 to 2040 and any set of local closure days. */
class WorkingDayAlgebraTests {

    private static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2040, 12, 31);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(EARLIEST.toEpochDay(), LATEST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** A calendar with no closure days, or with up to 30 closure days (some at weekends or on bank holidays). */
    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<Set<LocalDate>> closures = dates().set().ofMaxSize(30);
        Arbitrary<LocalDate> christmasBreak = Arbitraries.integers().between(2014, 2040)
                .map(year -> LocalDate.of(year, 12, 29));
        return Arbitraries.oneOf(
                Arbitraries.just(WorkingCalendar.withoutClosureDays()),
                closures.map(WorkingCalendar::new),
                Combinators.combine(closures, christmasBreak).as((days, from) -> {
                    var all = new java.util.HashSet<>(days);
                    all.addAll(List.of(from, from.plusDays(1), from.plusDays(2)));
                    return new WorkingCalendar(all);
                }));
    }

    @Property
    void theNthWorkingDayAfterADayIsAWorkingDay(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 300) int n) {
        assertThat(calendar.isWorkingDay(calendar.workingDaysAfter(date, n))).isTrue();
    }

    @Property
    void countingTheWorkingDaysBackGivesN(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 0, max = 300) int n) {
        LocalDate after = calendar.workingDaysAfter(date, n);
        assertThat(calendar.workingDaysBetween(date, after)).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(after, date)).isEqualTo(-n);
    }

    @Property
    void addingWorkingDaysInTwoStepsIsAddingThemInOne(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 0, max = 150) int a,
            @ForAll @IntRange(min = 0, max = 150) int b) {
        assertThat(calendar.workingDaysAfter(calendar.workingDaysAfter(date, a), b))
                .isEqualTo(calendar.workingDaysAfter(date, a + b));
    }

    @Property
    void moreWorkingDaysIsALaterDate(@ForAll("calendars") WorkingCalendar calendar, @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 200) int n) {
        assertThat(calendar.workingDaysAfter(date, n + 1)).isAfter(calendar.workingDaysAfter(date, n));
    }

    @Property
    void noWorkingDayIsSkipped(@ForAll("calendars") WorkingCalendar calendar, @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 1, max = 100) int n) {
        LocalDate previous = calendar.workingDaysAfter(date, n - 1);
        LocalDate next = calendar.workingDaysAfter(date, n);
        for (LocalDate day = previous.plusDays(1); day.isBefore(next); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
    }

    @Property
    void countsBetweenAddUp(@ForAll("calendars") WorkingCalendar calendar, @ForAll("dates") LocalDate a,
            @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
        assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
                .isEqualTo(calendar.workingDaysBetween(a, c));
    }

    @Property
    void aDayIsAWorkingDayExactlyWhenItCountsAsOne(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("dates") LocalDate date) {
        assertThat(calendar.workingDaysBetween(date.minusDays(1), date)).isEqualTo(calendar.isWorkingDay(date) ? 1 : 0);
    }

    @Property
    void weekendsAreNeverWorkingDays(@ForAll("calendars") WorkingCalendar calendar, @ForAll("dates") LocalDate date) {
        LocalDate saturday = date.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday.plusDays(1))).isFalse();
    }

    @Property
    void closureDaysAreNeverWorkingDaysAndOnlyMakeDueDatesLater(@ForAll("dates") LocalDate date,
            @ForAll("dates") LocalDate closed, @ForAll @IntRange(min = 0, max = 300) int n) {
        var open = WorkingCalendar.withoutClosureDays();
        var closing = new WorkingCalendar(Set.of(closed));
        assertThat(closing.isWorkingDay(closed)).isFalse();
        assertThat(closing.workingDaysAfter(date, n)).isAfterOrEqualTo(open.workingDaysAfter(date, n));
    }

    @Property
    void everyBankHolidayIsNotAWorkingDay(@ForAll @IntRange(min = 2015, max = 2035) int year) {
        var calendar = WorkingCalendar.withoutClosureDays();
        assertThat(BankHolidays.datesOf(year)).allSatisfy(day -> {
            assertThat(day.getYear()).isEqualTo(year);
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        });
    }

    @Property
    void everyBankHolidayIsAWeekdayAndTheyAreDistinctAndInOrder(@ForAll @IntRange(min = 1995, max = 2100) int year) {
        List<LocalDate> days = BankHolidays.datesOf(year);
        assertThat(days).doesNotHaveDuplicates().isSorted().noneMatch(BankHolidays::isWeekend);
    }

    /**
     * Eight a year (New Year, Good Friday, Easter Monday, early May, spring, summer, Christmas, Boxing Day);
     * 2020 moved one rather than adding one; 2022 added two (Platinum Jubilee, state funeral); 2023 added one.
     */
    @Property
    void everyYearHasEightBankHolidaysExceptTheYearsWithOneOffs(@ForAll @IntRange(min = 2015, max = 2040) int year) {
        int expected = switch (year) {
            case 2022 -> 10;
            case 2023 -> 9;
            default -> 8;
        };
        assertThat(BankHolidays.datesOf(year)).hasSize(expected);
    }
}
