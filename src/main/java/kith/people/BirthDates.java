package kith.people;

import java.time.LocalDate;
import java.util.List;
import kith.shared.InvalidInput.Problem;

/**
 * The rules of a child's dates, stated once for a person's record and for a child described at the front door:
 * a date of birth is today or earlier and within the last 25 years; an unborn child's expected date of birth is
 * within the next 10 months (a month late at most); a child has one or the other, not both (DfE CIN rule 8525Q).
 * Whether a date must be given at all is the caller's: a referrer may not know it.
 */
public final class BirthDates {

    private BirthDates() {}

    /** Adds a problem for each rule the dates break, on {@code prefix + "dateOfBirth"} or {@code "expectedDateOfBirth"}. */
    public static void checkChild(String prefix, LocalDate born, LocalDate expected, LocalDate today, List<Problem> problems) {
        if (born != null && born.isAfter(today)) {
            problems.add(new Problem(prefix + "dateOfBirth", "Date of birth must be today or in the past"));
        } else if (born != null && born.isBefore(today.minusYears(25))) {
            problems.add(new Problem(prefix + "dateOfBirth", "A child's date of birth must be within the last 25 years"));
        }
        if (expected != null && (expected.isBefore(today.minusMonths(1)) || expected.isAfter(today.plusMonths(10)))) {
            problems.add(new Problem(prefix + "expectedDateOfBirth", "Expected date of birth must be within the next 10 months"));
        }
        if (born != null && expected != null) {
            problems.add(new Problem(prefix + "expectedDateOfBirth",
                    "Enter a date of birth or an expected date of birth, not both"));
        }
    }
}
