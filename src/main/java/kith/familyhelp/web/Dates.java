package kith.familyhelp.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import kith.shared.InvalidInput;

/** Reads GOV.UK date inputs (day, month, year typed separately). */
final class Dates {

    private Dates() {}

    /** The date, null when all three parts are blank, or a problem added for {@code field}. */
    static LocalDate read(String field, String label, String day, String month, String year, List<InvalidInput.Problem> problems) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            if (blank(day) || blank(month) || blank(year) || year.trim().length() != 4) {
                throw new NumberFormatException();
            }
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new InvalidInput.Problem(field, label + " must be a real date, like 27 3 2026"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
