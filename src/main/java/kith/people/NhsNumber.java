package kith.people;

/**
 * An NHS number: ten digits whose last is a Modulus 11 check digit (IDENTIFIERS.md). Accepts input with
 * spaces or hyphens, keeps the ten digits, shows them as 3-3-4.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (value == null) {
            throw new IllegalArgumentException("NHS number is required");
        }
        value = normalise(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("NHS number must be 10 digits with a valid check digit");
        }
    }

    public static NhsNumber of(String input) {
        return new NhsNumber(input);
    }

    /** Whether the input, once spaces and hyphens are removed, is a valid NHS number. */
    public static boolean isValid(String input) {
        if (input == null) {
            return false;
        }
        String digits = normalise(input);
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        Integer check = checkDigit(digits.substring(0, 9));
        return check != null && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or null when the remainder makes the number impossible (11 - r = 10). */
    static Integer checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? null : check;
    }

    /** An NHS number (or any identifier) as typed, without its spaces and hyphens. */
    public static String normalise(String input) {
        return input.replaceAll("[\\s-]", "");
    }

    /** Shown as 3-3-4 digits, as the NHS does. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
