package kith.people.matching;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kith.people.NhsNumber;
import kith.people.Postcode;

/** What the referrer said about the child, normalised once for the candidate query and for scoring. */
record Query(String given, String family, List<String> familyParts, LocalDate dob, LocalDate swappedDob,
        String nhs, String identifier, String postcode, AddressKey address) {

    static Query of(MatchCandidate c) {
        String given = normalise(c.givenName());
        String family = normalise(c.familyName());
        List<String> parts = family == null ? List.of()
                : Arrays.stream(family.split("[- ]+")).filter(p -> p.length() > 1).toList();
        LocalDate swapped = null;
        if (c.dateOfBirth() != null && c.dateOfBirth().getDayOfMonth() <= 12
                && c.dateOfBirth().getDayOfMonth() != c.dateOfBirth().getMonthValue()) {
            swapped = LocalDate.of(c.dateOfBirth().getYear(), c.dateOfBirth().getDayOfMonth(),
                    Math.min(c.dateOfBirth().getMonthValue(), 28));
            // A month number read as a day is always valid (1..12), but keep the real day where it exists.
            int day = c.dateOfBirth().getMonthValue();
            if (day <= swapped.lengthOfMonth()) {
                swapped = swapped.withDayOfMonth(day);
            }
        }
        String identifier = c.identifier() == null || c.identifier().isBlank() ? null
                : NhsNumber.normalise(c.identifier().trim()).toUpperCase(Locale.UK);
        return new Query(given, family, parts, c.dateOfBirth(), swapped,
                NhsNumber.isValid(identifier) ? identifier : null, identifier, postcodeKey(c.postcode()),
                AddressKey.of(c.address()));
    }

    boolean isEmpty() {
        return identifier == null && dob == null && family == null;
    }

    /**
     * A postcode as compared: a UK postcode in its standard form; anything else (a mistyped or foreign code)
     * upper case without spaces, so that it can still agree with itself.
     */
    static String postcodeKey(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        return Postcode.isValid(postcode) ? new Postcode(postcode).value()
                : postcode.replaceAll("\\s", "").toUpperCase(Locale.UK);
    }

    // Compiled once: normalising runs for every candidate of every referral.
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[^a-z' -]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A name lower case, without accents or anything but letters, spaces, hyphens and apostrophes; or null. */
    static String normalise(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String accented = Normalizer.normalize(name.trim().toLowerCase(Locale.UK), Normalizer.Form.NFD);
        String normalised = SPACES.matcher(NOT_IN_A_NAME.matcher(ACCENTS.matcher(accented).replaceAll(""))
                .replaceAll("")).replaceAll(" ").trim();
        return normalised.isBlank() ? null : normalised;
    }

    /** A name without its spaces, hyphens and apostrophes, so that "Isabe lla" and "Isabella" compare equal. */
    static String compact(String name) {
        StringBuilder letters = new StringBuilder(name.length());
        name.chars().filter(c -> c != ' ' && c != '-' && c != '\'').forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
