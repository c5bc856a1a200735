package kith.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;

/**
 * Reads a GOV.UK date input (day, month and year typed separately), with the Design System's messages, each naming
 * the date it is about ("The due date for action 2 must be a real date"), never a bare "The date".
 */
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
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("a day");
        }
        if (blank(month)) {
            missing.add("a month");
        }
        if (blank(year)) {
            missing.add("a year");
        }
        if (!missing.isEmpty()) {
            // GOV.UK: "Date of birth must include a month", "… must include a day and a year".
            problems.add(new InvalidInput.Problem(field, label + " must include " + String.join(" and ", missing)));
            return null;
        }
        if (!year.trim().matches("[0-9]{4}")) {
            problems.add(new InvalidInput.Problem(field, label + " must include a year with 4 numbers"));
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
