package kith.shared.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.shared.InvalidInput;

/**
 * Reads what a form sent into the values a service takes. What cannot be read (a date that is not a real date, a
 * number that is not a number, an option that is not one of the options) is not thrown: it becomes a problem on its
 * field, and the value is null, so that the service's rules still check everything else and the user is told of
 * every problem at once (see {@link Forms#write}).
 */
public final class FormInput {

    private final List<InvalidInput.Problem> problems = new ArrayList<>();

    /** A date typed as day, month and year; null when blank or not a real date (then a problem named by label). */
    public LocalDate date(String field, String label, String day, String month, String year) {
        return DateInput.read(field, label, day, month, year, problems);
    }

    /** One of the options of {@code options}; null when nothing was chosen or, with a problem, something else. */
    public <E extends Enum<E>> E choice(Class<E> options, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E option : options.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value.trim())) {
                return option;
            }
        }
        problems.add(new InvalidInput.Problem(field, message));
        return null;
    }

    /** A whole number; null when blank or, with a problem, not a whole number. */
    public Integer number(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new InvalidInput.Problem(field, message));
            return null;
        }
    }

    /** A record's id chosen from a list; null when nothing was chosen or, with a problem, not an id. */
    public UUID id(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInput.Problem(field, message));
            return null;
        }
    }

    /** A problem the form itself finds (one that needs no record, such as a confirmation not ticked). */
    public void problem(String field, String message) {
        problems.add(new InvalidInput.Problem(field, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<InvalidInput.Problem> problems() {
        return List.copyOf(problems);
    }
}
