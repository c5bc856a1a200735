package kith.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * How alike two names, dates or identifiers are, allowing for the slips people make when they write them down:
 * a letter or digit wrong, two neighbours swapped, a letter left out or added.
 */
final class Likeness {

    private Likeness() {}

    /** Dates that differ in one digit or two neighbouring digits swapped, or by exactly one year. */
    static boolean oneSlipApart(LocalDate a, LocalDate b) {
        if (a.withYear(b.getYear()).equals(b) && Math.abs(a.getYear() - b.getYear()) == 1) {
            return true;
        }
        return oneSlipApart(a.toString(), b.toString());
    }

    /** Texts of the same length that differ in one character, or in two neighbouring characters swapped. */
    static boolean oneSlipApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = differences++ == 0 ? i : first;
            }
        }
        return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    /** The dates one slip away from a date of birth: a digit wrong, two neighbouring digits swapped, a year out. */
    static List<LocalDate> nearDates(LocalDate dob) {
        List<LocalDate> near = new ArrayList<>(List.of(dob.minusYears(1), dob.plusYears(1)));
        for (String slip : slipsOf(dob.toString())) {
            try {
                LocalDate date = LocalDate.parse(slip);
                // A slip in the century or the millennium gives a date nobody alive was born on.
                if (Math.abs(date.getYear() - dob.getYear()) < 100) {
                    near.add(date);
                }
            } catch (DateTimeParseException impossible) {
                // Most slips make no date at all (a 13th month, a 30th of February).
            }
        }
        return near;
    }

    /** Texts one slip apart, or one letter left out or added: how short names are usually misspelt. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) != 1) {
            return oneSlipApart(a, b);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /**
     * Every identifier one slip away from this one: each digit replaced by each other digit, and each pair of
     * neighbours swapped. About a hundred for an NHS number, each an exact look-up in a unique index.
     */
    static List<String> slipsOf(String identifier) {
        List<String> slips = new ArrayList<>();
        char[] chars = identifier.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char original = chars[i];
            if (Character.isDigit(original)) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != original) {
                        chars[i] = digit;
                        slips.add(new String(chars));
                    }
                }
                chars[i] = original;
            }
            if (i + 1 < chars.length && chars[i] != chars[i + 1]) {
                char next = chars[i + 1];
                chars[i + 1] = original;
                chars[i] = next;
                slips.add(new String(chars));
                chars[i] = original;
                chars[i + 1] = next;
            }
        }
        return slips;
    }

    /** Jaro-Winkler similarity (0 to 1): forgiving of typos and transpositions, rewarding a shared start. */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
