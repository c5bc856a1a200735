package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class DateInputTests {

    private final List<InvalidInput.Problem> problems = new ArrayList<>();

    private LocalDate read(String day, String month, String year) {
        return DateInput.read("visitedOn", "Date of the visit", day, month, year, problems);
    }

    @Test
    void aRealDateIsRead() {
        assertThat(read(" 29", "2 ", "2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(problems).isEmpty();
    }

    @Test
    void nothingTypedIsNoDateAndNoProblem() {
        assertThat(read("", null, " ")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void eachMistakeGetsItsOwnMessageOnTheField() {
        assertThat(read("3", "", "2026")).isNull();
        assertThat(read("3", "4", "26")).isNull();
        assertThat(read("29", "2", "2027")).isNull();
        assertThat(read("x", "4", "2026")).isNull();
        assertThat(read("", "4", " ")).isNull();
        assertThat(problems).extracting(InvalidInput.Problem::field).containsOnly("visitedOn");
        assertThat(problems).extracting(InvalidInput.Problem::message).containsExactly(
                "Date of the visit must include a month",
                "Date of the visit must include a year with 4 numbers",
                "Date of the visit must be a real date",
                "Date of the visit must be a real date",
                "Date of the visit must include a day and a year");
    }
}
