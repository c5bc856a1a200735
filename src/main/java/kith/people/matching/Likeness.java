package kith.people.matching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two names, dates or identifiers are, allowing for the slips people make when they write them down:
 * a letter or digit wrong, two neighbours swapped, a letter left out or added, a day out. String similarity
 * comes from Apache Commons Text (Jaro-Winkler, Levenshtein); what counts as a slip is Kith's.
 */
final class Likeness {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Bounded: past two edits the distance is not needed, only that it is more. */
    private static final LevenshteinDistance UP_TO_TWO_EDITS = new LevenshteinDistance(2);

    private Likeness() {}

    /**
     * Dates that differ in one digit or two neighbouring digits swapped, by exactly one year, or by one day
     * whatever digits that changes (31 July and 1 August, the 19th and the 20th).
     */
    static boolean oneSlipApart(LocalDate a, LocalDate b) {
        if (a.withYear(b.getYear()).equals(b) && Math.abs(a.getYear() - b.getYear()) == 1) {
            return true;
        }
        return oneDayApart(a, b) || oneSlipApart(a.toString(), b.toString());
    }

    static boolean oneDayApart(LocalDate a, LocalDate b) {
        return a.plusDays(1).equals(b) || a.minusDays(1).equals(b);
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

    /**
     * The dates one slip away from a date of birth: a digit wrong, two neighbouring digits swapped, a year out, a
     * day out.
     */
    static List<LocalDate> nearDates(LocalDate dob) {
        List<LocalDate> near = new ArrayList<>(List.of(dob.minusYears(1), dob.plusYears(1), dob.minusDays(1),
                dob.plusDays(1)));
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
        return near.stream().distinct().toList();
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
        return JARO_WINKLER.apply(a, b);
    }

    /** At most two letters wrong, left out or added (Levenshtein distance 1 or 2). */
    static boolean twoEditsApart(String a, String b) {
        int distance = UP_TO_TWO_EDITS.apply(a, b);
        return distance == 1 || distance == 2;
    }
}
