package kith.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput.Problem;
import org.junit.jupiter.api.Test;

/** A child's dates, the same on a record and on a contact (BirthDates). */
class BirthDatesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<String> problems(LocalDate born, LocalDate expected) {
        List<Problem> problems = new ArrayList<>();
        BirthDates.checkChild("children[0].", born, expected, TODAY, problems);
        return problems.stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aDateOfBirthIsTodayOrEarlierAndWithinTwentyFiveYears() {
        assertThat(problems(TODAY, null)).isEmpty();
        assertThat(problems(TODAY.plusDays(1), null))
                .containsExactly("children[0].dateOfBirth: Date of birth must be today or in the past");
        assertThat(problems(TODAY.minusYears(25), null)).isEmpty();
        assertThat(problems(TODAY.minusYears(25).minusDays(1), null))
                .containsExactly("children[0].dateOfBirth: A child's date of birth must be within the last 25 years");
    }

    @Test
    void anExpectedDateIsWithinTheNextTenMonthsAndAtMostAMonthLate() {
        assertThat(problems(null, TODAY.plusMonths(10))).isEmpty();
        assertThat(problems(null, TODAY.minusMonths(1))).isEmpty();
        assertThat(problems(null, TODAY.plusMonths(10).plusDays(1)))
                .containsExactly("children[0].expectedDateOfBirth: Expected date of birth must be within the next 10 months");
        assertThat(problems(null, TODAY.minusMonths(1).minusDays(1))).hasSize(1);
    }

    @Test
    void aChildHasOneOrTheOtherNotBoth() {
        // DfE CIN rule 8525Q
        assertThat(problems(TODAY.minusYears(1), TODAY.plusMonths(2)))
                .containsExactly("children[0].expectedDateOfBirth: Enter a date of birth or an expected date of birth, not both");
        assertThat(problems(null, null)).as("whether a date is needed at all is the caller's").isEmpty();
    }
}
