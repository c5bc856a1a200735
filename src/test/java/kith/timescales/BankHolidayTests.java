package kith.timescales;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** England and Wales bank holidays against the dates GOV.UK publishes (https://www.gov.uk/bank-holidays). */
class BankHolidayTests {

    private final WorkingCalendar calendar = WorkingCalendar.withoutClosureDays();

    @Test
    void twentyFifteenHasABoxingDaySubstituteBecauseChristmasIsAFriday() {
        assertThat(BankHolidays.datesOf(2015)).containsExactly(of(2015, 1, 1), of(2015, 4, 3), of(2015, 4, 6),
                of(2015, 5, 4), of(2015, 5, 25), of(2015, 8, 31), of(2015, 12, 25), of(2015, 12, 28));
    }

    @Test
    void twentySixteenKeepsChristmasOnTuesdayBecauseChristmasIsASunday() {
        assertThat(BankHolidays.datesOf(2016)).containsExactly(of(2016, 1, 1), of(2016, 3, 25), of(2016, 3, 28),
                of(2016, 5, 2), of(2016, 5, 30), of(2016, 8, 29), of(2016, 12, 26), of(2016, 12, 27));
    }

    @Test
    void twentyTwentyMovedTheEarlyMayBankHolidayToVeDayFriday8May() {
        assertThat(BankHolidays.datesOf(2020)).containsExactly(of(2020, 1, 1), of(2020, 4, 10), of(2020, 4, 13),
                of(2020, 5, 8), of(2020, 5, 25), of(2020, 8, 31), of(2020, 12, 25), of(2020, 12, 28));
        assertThat(calendar.isWorkingDay(of(2020, 5, 4))).as("the usual first Monday in May").isTrue();
    }

    @Test
    void twentyTwentyOneHasBothChristmasSubstitutesBecauseChristmasIsASaturday() {
        assertThat(BankHolidays.datesOf(2021)).containsExactly(of(2021, 1, 1), of(2021, 4, 2), of(2021, 4, 5),
                of(2021, 5, 3), of(2021, 5, 31), of(2021, 8, 30), of(2021, 12, 27), of(2021, 12, 28));
    }

    @Test
    void twentyTwentyTwoHasTheJubileeTheMovedSpringHolidayAndTheStateFuneral() {
        assertThat(BankHolidays.datesOf(2022)).containsExactly(of(2022, 1, 3), of(2022, 4, 15), of(2022, 4, 18),
                of(2022, 5, 2), of(2022, 6, 2), of(2022, 6, 3), of(2022, 8, 29), of(2022, 9, 19), of(2022, 12, 26),
                of(2022, 12, 27));
        assertThat(calendar.isWorkingDay(of(2022, 5, 30))).as("the usual last Monday in May").isTrue();
    }

    @Test
    void twentyTwentyThreeAddsTheCoronationToTheUsualEarlyMayHoliday() {
        assertThat(BankHolidays.datesOf(2023)).containsExactly(of(2023, 1, 2), of(2023, 4, 7), of(2023, 4, 10),
                of(2023, 5, 1), of(2023, 5, 8), of(2023, 5, 29), of(2023, 8, 28), of(2023, 12, 25), of(2023, 12, 26));
    }

    @Test
    void twentyTwentyFourToTwentyTwentySevenFollowTheRules() {
        assertThat(BankHolidays.datesOf(2024)).containsExactly(of(2024, 1, 1), of(2024, 3, 29), of(2024, 4, 1),
                of(2024, 5, 6), of(2024, 5, 27), of(2024, 8, 26), of(2024, 12, 25), of(2024, 12, 26));
        assertThat(BankHolidays.datesOf(2025)).containsExactly(of(2025, 1, 1), of(2025, 4, 18), of(2025, 4, 21),
                of(2025, 5, 5), of(2025, 5, 26), of(2025, 8, 25), of(2025, 12, 25), of(2025, 12, 26));
        assertThat(BankHolidays.datesOf(2026)).containsExactly(of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6),
                of(2026, 5, 4), of(2026, 5, 25), of(2026, 8, 31), of(2026, 12, 25), of(2026, 12, 28));
        // Christmas 2027 is a Saturday: Monday 27 and Tuesday 28 December are the substitutes.
        assertThat(BankHolidays.datesOf(2027)).containsExactly(of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29),
                of(2027, 5, 3), of(2027, 5, 31), of(2027, 8, 30), of(2027, 12, 27), of(2027, 12, 28));
    }

    @Test
    void aNewYearsDayAtAWeekendMovesToTheNextMonday() {
        assertThat(BankHolidays.datesOf(2028)).contains(of(2028, 1, 3)); // Saturday 1 January 2028
        assertThat(BankHolidays.datesOf(2034)).contains(of(2034, 1, 2)); // Sunday 1 January 2034
        assertThat(BankHolidays.datesOf(2028)).doesNotContain(of(2028, 1, 1));
    }

    @Test
    void twentyTwelveHadTheDiamondJubilee() {
        assertThat(BankHolidays.datesOf(2012)).containsExactly(of(2012, 1, 2), of(2012, 4, 6), of(2012, 4, 9),
                of(2012, 5, 7), of(2012, 6, 4), of(2012, 6, 5), of(2012, 8, 27), of(2012, 12, 25), of(2012, 12, 26));
    }

    @Test
    void easterSundayByTheAnonymousGregorianAlgorithm() {
        assertThat(BankHolidays.easterSunday(2019)).isEqualTo(of(2019, 4, 21));
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(of(2024, 3, 31));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(of(2038, 4, 25)); // the latest possible
        assertThat(BankHolidays.easterSunday(2285)).isEqualTo(of(2285, 3, 22)); // the earliest possible
        assertThat(BankHolidays.easterSunday(2049)).isEqualTo(of(2049, 4, 18));
    }

    @Test
    void theNextWorkingDayAfterChristmasEve2026IsTuesday29December() {
        // Friday 25 December 2026 is Christmas Day, Monday 28 December the Boxing Day substitute.
        assertThat(calendar.workingDaysAfter(of(2026, 12, 24), 1)).isEqualTo(of(2026, 12, 29));
    }

    @Test
    void the45thWorkingDayAfter2January2026Is6March2026() {
        // Working Together 2023: an assessment within 45 working days of the referral.
        assertThat(calendar.workingDaysAfter(of(2026, 1, 2), 45)).isEqualTo(of(2026, 3, 6));
        assertThat(calendar.workingDaysBetween(of(2026, 1, 2), of(2026, 3, 6))).isEqualTo(45);
    }

    @Test
    void aOneOffBankHolidayIsNotAWorkingDay() {
        for (LocalDate oneOff : Set.of(of(2020, 5, 8), of(2022, 6, 2), of(2022, 6, 3), of(2022, 9, 19), of(2023, 5, 8))) {
            assertThat(calendar.isWorkingDay(oneOff)).as(oneOff.toString()).isFalse();
        }
        assertThat(calendar.workingDaysAfter(of(2022, 9, 16), 1)).isEqualTo(of(2022, 9, 20));
    }

    @Test
    void zeroWorkingDaysAfterADayIsThatDayEvenWhenItIsNotAWorkingDay() {
        assertThat(calendar.workingDaysAfter(of(2026, 12, 25), 0)).isEqualTo(of(2026, 12, 25));
        assertThat(calendar.workingDaysAfter(of(2026, 12, 26), 1)).isEqualTo(of(2026, 12, 29));
    }

    @Test
    void workingDaysBetweenIsNegativeBackwards() {
        assertThat(calendar.workingDaysBetween(of(2026, 12, 29), of(2026, 12, 24))).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(of(2026, 12, 24), of(2026, 12, 24))).isZero();
    }

    @Test
    void aClosureDayIsNotAWorkingDayAndMovesTheCount() {
        var closed = new WorkingCalendar(Set.of(of(2026, 12, 29), of(2026, 12, 30), of(2026, 12, 31)));
        assertThat(closed.isWorkingDay(of(2026, 12, 30))).isFalse();
        assertThat(closed.workingDaysAfter(of(2026, 12, 24), 1)).isEqualTo(of(2027, 1, 4));
    }
}
