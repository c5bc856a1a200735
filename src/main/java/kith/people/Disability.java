package kith.people;

import java.util.Arrays;
import java.util.Optional;

/** Disability in DfE codes (CIN census disability, 2026 schema). */
public enum Disability {
    NONE("NONE", "No disability"),
    MOB("MOB", "Mobility"),
    HAND("HAND", "Hand function"),
    PC("PC", "Personal care"),
    INC("INC", "Incontinence"),
    COMM("COMM", "Communication"),
    LD("LD", "Learning"),
    HEAR("HEAR", "Hearing"),
    VIS("VIS", "Vision"),
    BEH("BEH", "Behaviour"),
    CON("CON", "Consciousness"),
    AUT("AUT", "Autism"),
    DDA("DDA", "Other");

    private final String code;
    private final String label;

    Disability(String code, String label) {
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

    public static Optional<Disability> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equalsIgnoreCase(code)).findFirst();
    }
}
