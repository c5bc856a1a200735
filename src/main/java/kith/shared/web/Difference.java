package kith.shared.web;

import java.util.List;
import java.util.Objects;

/**
 * One part of a record that differs between what is saved now (another user's change) and what this user typed,
 * shown on a conflict so that neither is lost from sight.
 */
public record Difference(String label, String savedNow, String yours) {

    /** The parts of {@code compared} that differ; blank and missing are the same. */
    public static List<Difference> only(List<Difference> compared) {
        return compared.stream().filter(d -> !Objects.equals(shown(d.savedNow()), shown(d.yours()))).toList();
    }

    private static String shown(String value) {
        return value == null ? "" : value.strip();
    }
}
