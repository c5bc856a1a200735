package kith.people;

import java.util.Arrays;
import java.util.Optional;

/** Sex in DfE codes (CIN census {@code <Sex>}, N00783): an unborn child is {@code U} (DfE rule 4180). */
public enum Sex {
    M("M", "Male"),
    F("F", "Female"),
    U("U", "Unknown or not yet born");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The DfE code as written in returns. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Sex> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equalsIgnoreCase(code)).findFirst();
    }
}
