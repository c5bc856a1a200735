package kith.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user searches people by: a name (one or more words, typos tolerated), a date of birth and an NHS
 * number, any of them.
 */
public record SearchCriteria(String name, LocalDate dateOfBirth, String nhsNumber) {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

    public SearchCriteria {
        name = name == null || name.isBlank() ? null : name.trim().replaceAll("\\s+", " ");
        nhsNumber = nhsNumber == null || nhsNumber.isBlank() ? null : NhsNumber.normalise(nhsNumber);
    }

    /**
     * Reads a free-text query such as {@code "smyth 2019-03-04"} or {@code "943 476 5919"}: ten digits are an
     * NHS number, a date is a date of birth, the rest is the name.
     */
    public static SearchCriteria parse(String query) {
        if (query == null || query.isBlank()) {
            return new SearchCriteria(null, null, null);
        }
        String remaining = query.trim();
        String nhs = null;
        var nhsMatch = java.util.regex.Pattern.compile("\\b(\\d{3}[ -]?\\d{3}[ -]?\\d{4})\\b").matcher(remaining);
        if (nhsMatch.find()) {
            nhs = nhsMatch.group(1);
            remaining = remaining.replace(nhsMatch.group(1), " ");
        }
        LocalDate dob = null;
        List<String> words = new ArrayList<>();
        for (String word : remaining.split("\\s+")) {
            LocalDate date = date(word);
            if (date != null && dob == null) {
                dob = date;
            } else if (!word.isBlank()) {
                words.add(word);
            }
        }
        return new SearchCriteria(String.join(" ", words), dob, nhs);
    }

    private static LocalDate date(String word) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(word, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return name == null && dateOfBirth == null && nhsNumber == null;
    }

    /** A short description for the audit trail. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (name != null) {
            parts.add("name=" + name);
        }
        if (dateOfBirth != null) {
            parts.add("dateOfBirth=" + dateOfBirth);
        }
        if (nhsNumber != null) {
            parts.add("nhsNumber=" + nhsNumber);
        }
        return String.join("; ", parts);
    }
}
