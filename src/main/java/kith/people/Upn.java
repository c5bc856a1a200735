package kith.people;

/**
 * A unique pupil number: a check letter, LA code (3 digits), establishment number (4), year (2) and serial
 * (3); a temporary UPN ends in a letter (IDENTIFIERS.md; DfE CIN rules 1510, 1530, 1540, 1550).
 */
public record Upn(String value) {

    private static final String VALUES = "ABCDEFGHJKLMNPQRTUVWXYZ0123456789";
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public Upn {
        if (value == null) {
            throw new IllegalArgumentException("UPN is required");
        }
        value = value.replace(" ", "").toUpperCase();
        if (!isValid(value)) {
            throw new IllegalArgumentException("UPN must be 13 characters with a valid check letter");
        }
    }

    public static Upn of(String input) {
        return new Upn(input);
    }

    /** The UPN of these twelve characters (LA code, establishment, year, serial) led by their check letter. */
    public static Upn withCheckLetter(String twelve) {
        Character letter = twelve == null || twelve.length() != 12 ? null : checkLetter(twelve);
        if (letter == null) {
            throw new IllegalArgumentException("A UPN's last twelve characters are digits, the last may be a letter");
        }
        return new Upn(letter + twelve);
    }

    public static boolean isValid(String input) {
        if (input == null) {
            return false;
        }
        String upn = input.replace(" ", "").toUpperCase();
        if (!upn.matches("[A-Z]\\d{11}[0-9A-Z]") || VALUES.indexOf(upn.charAt(12)) < 0) {
            return false;
        }
        Character expected = checkLetter(upn.substring(1));
        return expected != null && expected == upn.charAt(0);
    }

    /** The check letter for the twelve characters after it (positions 2 to 13, weighted 2 to 13). */
    static Character checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int value = VALUES.indexOf(twelve.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    public boolean temporary() {
        return Character.isLetter(value.charAt(12));
    }

    @Override
    public String toString() {
        return value;
    }
}
