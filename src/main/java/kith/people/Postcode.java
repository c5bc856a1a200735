package kith.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK postcode in the standard format, kept upper case with one space (IDENTIFIERS.md). */
public record Postcode(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]?) ?([0-9][ABD-HJLNP-UW-Z]{2})$");

    public Postcode {
        if (value == null) {
            throw new IllegalArgumentException("Postcode is required");
        }
        String compact = value.replaceAll("\\s", "").toUpperCase();
        if (compact.length() < 5) {
            throw new IllegalArgumentException("Enter a real postcode");
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        if (!FORMAT.matcher(spaced).matches()) {
            throw new IllegalArgumentException("Enter a real postcode");
        }
        value = spaced;
    }

    public static boolean isValid(String input) {
        try {
            new Postcode(input);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The outward code (the part before the space), used when matching addresses loosely. */
    public String outward() {
        Matcher matcher = Pattern.compile("^(\\S+) ").matcher(value);
        return matcher.find() ? matcher.group(1) : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
