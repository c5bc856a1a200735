package kith.people.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given names that may stand for one another: a name and its short or familiar forms (William and Bill), either
 * way round, and two forms of the same name (Bill and Will). Data, not code: read from the shipped list
 * ({@code names/nicknames.csv}) and the council's own additions ({@code name_variant}), see
 * {@link KnownNameVariants}. A pair missing from the lists is no evidence against a match: the list is
 * incomplete (its README says which communities' names it lacks), so scoring treats an unlisted name that
 * begins like the recorded one as a possible short form.
 */
final class NameVariants {

    /** One line of a list: {@code name} has the short or familiar form {@code variant}. */
    record Pair(String name, String variant) {

        Pair {
            name = name.trim().toLowerCase(Locale.UK);
            variant = variant.trim().toLowerCase(Locale.UK);
        }
    }

    static final NameVariants NONE = new NameVariants(List.of());

    private final Map<String, Set<String>> variants = new HashMap<>();

    NameVariants(Collection<Pair> pairs) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (Pair pair : pairs) {
            if (!pair.name().equals(pair.variant())) {
                link(pair.name(), pair.variant());
                forms.computeIfAbsent(pair.name(), n -> new HashSet<>()).add(pair.variant());
            }
        }
        // Two forms of one name (Bill and Will, both William) may stand for one another too.
        for (Set<String> ofOneName : forms.values()) {
            for (String one : ofOneName) {
                for (String other : ofOneName) {
                    if (!one.equals(other)) {
                        link(one, other);
                    }
                }
            }
        }
    }

    private void link(String a, String b) {
        variants.computeIfAbsent(a, n -> new HashSet<>()).add(b);
        variants.computeIfAbsent(b, n -> new HashSet<>()).add(a);
    }

    /**
     * The pairs of a list in the shipped format: a header line, then {@code name1,relationship,name2} lines
     * ({@code william,has_nickname,bill}). Blank lines and lines starting with {@code #} are skipped.
     */
    static List<Pair> read(Reader csv) throws IOException {
        var pairs = new java.util.ArrayList<Pair>();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String line = lines.readLine(); // the header
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",");
                if (fields.length != 3 || fields[0].isBlank() || fields[2].isBlank()) {
                    throw new IOException("Not a name,relationship,variant line: " + line);
                }
                pairs.add(new Pair(fields[0], fields[2]));
            }
        }
        return pairs;
    }

    /** Whether two given names (lower case) may stand for one another. */
    boolean areVariants(String a, String b) {
        return variants.getOrDefault(a, Set.of()).contains(b);
    }

    /** The variants of a given name (lower case), not including the name itself. */
    Set<String> of(String name) {
        return variants.getOrDefault(name, Set.of());
    }
}
