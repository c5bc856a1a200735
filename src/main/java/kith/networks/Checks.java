package kith.networks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;

/** The checks every family network form shares: text that is needed or kept short enough, and dates in their range. */
final class Checks {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Checks() {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Text that must be written ({@code missing} says what to write) and not longer than {@code limit}. */
    static void required(List<Problem> problems, String field, String value, int limit, String missing) {
        if (blank(value)) {
            problems.add(new Problem(field, missing));
        } else {
            optional(problems, field, value, limit);
        }
    }

    static void optional(List<Problem> problems, String field, String value, int limit) {
        if (value != null && TextLimits.exceeds(value, limit)) {
            problems.add(new Problem(field, "Write no more than " + TextLimits.shown(limit) + " characters"));
        } else if (value != null && value.indexOf('\0') >= 0) {
            problems.add(new Problem(field, "Remove the character that cannot be kept"));
        }
    }

    /** A day that has happened, not before {@code since} (the step before); the message names the thing. */
    static void past(List<Problem> problems, String field, LocalDate day, LocalDate since, LocalDate today, String what) {
        if (day == null) {
            problems.add(new Problem(field, "Enter " + what));
        } else if (day.isAfter(today)) {
            problems.add(new Problem(field, capitalised(what) + " must be today or in the past"));
        } else if (since != null && day.isBefore(since)) {
            problems.add(new Problem(field, capitalised(what) + " must be on or after " + since.format(DAY)));
        }
    }

    /** A day still to come (a due date), not before {@code since}. */
    static void due(List<Problem> problems, String field, LocalDate day, LocalDate since, String what) {
        if (day == null) {
            problems.add(new Problem(field, "Enter " + what));
        } else if (day.isBefore(since)) {
            problems.add(new Problem(field, capitalised(what) + " must be on or after " + since.format(DAY)));
        }
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
