package kith.people.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An address reduced to what person matching compares: its house numbers, exactly, and its words, forgivingly.
 * Words are compared as a bag, so lines given in another order or split differently still agree, and a word
 * spelt slightly wrong still counts. A line reading "Not known" (what the front door records when a referrer
 * gave only a postcode) says nothing about the address, so it is left out.
 */
record AddressKey(Set<String> numbers, List<String> words) {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Royal Mail's common street abbreviations, so that "Station Rd" and "Station Road" agree. "St" becomes
    // "street" on both sides, so "St Albans" still agrees with itself.
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("rd", "road"),
            Map.entry("st", "street"), Map.entry("ave", "avenue"), Map.entry("ln", "lane"), Map.entry("cl", "close"),
            Map.entry("dr", "drive"), Map.entry("cres", "crescent"), Map.entry("ct", "court"), Map.entry("pl", "place"),
            Map.entry("sq", "square"), Map.entry("gdns", "gardens"), Map.entry("tce", "terrace"), Map.entry("gr", "grove"));

    /** The key of an address given as text, or null when there is nothing to compare. */
    static AddressKey of(String address) {
        if (address == null) {
            return null;
        }
        Set<String> numbers = new TreeSet<>();
        List<String> words = new ArrayList<>();
        for (String line : address.split(",")) {
            if (line.isBlank() || line.trim().equalsIgnoreCase("not known")) {
                continue;
            }
            for (String token : NOT_A_WORD.split(line.toLowerCase(Locale.UK))) {
                if (token.isEmpty()) {
                    continue;
                }
                if (token.chars().anyMatch(Character::isDigit)) {
                    numbers.add(token);
                } else {
                    words.add(ABBREVIATIONS.getOrDefault(token, token));
                }
            }
        }
        return numbers.isEmpty() && words.isEmpty() ? null : new AddressKey(numbers, words);
    }

    /** The key of an address given in lines, any of which may be missing. */
    static AddressKey of(String... lines) {
        return of(String.join(",", Arrays.stream(lines).map(line -> line == null ? "" : line).toList()));
    }

    /**
     * The share of words (0 to 1) that have a counterpart in the other address, counted from both sides: a
     * counterpart is the same word or one spelt similarly (Jaro-Winkler of at least 0.9).
     */
    double wordsInCommon(AddressKey other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        return (double) (withCounterpart(words, other.words) + withCounterpart(other.words, words))
                / (words.size() + other.words.size());
    }

    /** Whether the house numbers are the same (or neither gives one). */
    boolean sameNumbers(AddressKey other) {
        return numbers.equals(other.numbers);
    }

    /**
     * Whether both give house numbers and they clearly differ: another house in the same street, not a slip of
     * the keyboard (a digit wrong or two swapped).
     */
    boolean otherNumbers(AddressKey other) {
        if (numbers.isEmpty() || other.numbers.isEmpty() || numbers.size() != other.numbers.size()) {
            return !numbers.isEmpty() && !other.numbers.isEmpty();
        }
        var these = numbers.iterator();
        var those = other.numbers.iterator();
        int slips = 0;
        while (these.hasNext()) {
            String a = these.next();
            String b = those.next();
            if (!a.equals(b)) {
                if (!Likeness.oneEditApart(a, b)) {
                    return true;
                }
                slips++;
            }
        }
        return slips > 1;
    }

    private static int withCounterpart(List<String> these, List<String> those) {
        int found = 0;
        for (String word : these) {
            for (String other : those) {
                if (word.equals(other) || Likeness.jaroWinkler(word, other) >= 0.9) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }
}
