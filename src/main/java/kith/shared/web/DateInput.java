package kith.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import kith.shared.InvalidInput;

/** Reads a GOV.UK date input (day, month and year typed separately), with the Design System's messages. */
public final class DateInput {

    private DateInput() {}

    /**
     * The date; null when all three parts are blank; otherwise null with a problem added for {@code field},
     * whose message begins with {@code label} ("Date of birth must be a real date").
     */
    public static LocalDate read(String field, String label, String day, String month, String year,
            List<InvalidInput.Problem> problems) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        if (blank(day) || blank(month) || blank(year)) {
            problems.add(new InvalidInput.Problem(field, label + " must include a day, month and year"));
            return null;
        }
        if (!year.trim().matches("[0-9]{4}")) {
            problems.add(new InvalidInput.Problem(field, "The year must include 4 numbers"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new InvalidInput.Problem(field, label + " must be a real date"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
