package kith.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One option of a select, radios or checkboxes: the value sent, the words shown, and an optional hint. */
public record Option(String value, String label, String hint) {

    public Option(String value, String label) {
        this(value, label, null);
    }

    /** An option for each value, sent as {@code value(v)} and shown as {@code label(v)}. */
    public static <T> List<Option> of(List<T> values, Function<T, String> value, Function<T, String> label) {
        return values.stream().map(v -> new Option(value.apply(v), label.apply(v))).toList();
    }

    /** An option for each constant of an enum, sent as its name. */
    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return of(Arrays.asList(values), Enum::name, label);
    }
}
