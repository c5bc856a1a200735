package kith.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import kith.shared.InvalidInput;

/**
 * Reads a chosen option (a radio, a select, an API code) into its enum. A value that is not one of the options
 * is bad input, named on its field, never an {@link IllegalArgumentException} that ends as a 500.
 */
public final class Choice {

    private Choice() {}

    /** The option named by {@code value} (any case); null when nothing was chosen. */
    public static <E extends Enum<E>> E of(Class<E> options, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(options, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "Choose one of the options: " + Arrays.stream(options.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
