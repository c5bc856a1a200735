package kith.protection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kith.shared.web.FormInput;

/** How the child protection forms read what GOV.UK components post: yes and no, a version, a date shown back. */
final class FormValues {

    private FormValues() {}

    /** "yes" or "no" radios: true, false, or null when neither was chosen (or, with a problem, something else). */
    static Boolean yesNo(FormInput input, String field, String value, String message) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim()) {
            case "yes" -> true;
            case "no" -> false;
            default -> {
                input.problem(field, message);
                yield null;
            }
        };
    }

    /** The radios' value for a saved answer. */
    static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? "yes" : "no";
    }

    /** The version of the record the user saw, or one that matches nothing when it was not sent (a conflict). */
    static long versionOf(Long version) {
        return version == null ? -1 : version;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date as the three inputs of a GOV.UK date input show it: day, month, year. */
    static String[] parts(LocalDate date) {
        return date == null ? new String[] {null, null, null}
                : new String[] {String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear())};
    }

    /** {@code rows} as posted, padded with blank rows to {@code size}, so that the page always shows that many. */
    static <T> List<T> padded(List<T> rows, int size, Supplier<T> blank) {
        List<T> padded = new ArrayList<>(rows == null ? List.of() : rows);
        padded.replaceAll(row -> row == null ? blank.get() : row);
        while (padded.size() < size) {
            padded.add(blank.get());
        }
        return padded;
    }
}
