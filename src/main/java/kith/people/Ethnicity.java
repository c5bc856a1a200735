package kith.people;

import java.util.Arrays;
import java.util.Optional;

/** Ethnicity in DfE codes (CIN census ethnicity, 2026 schema). */
public enum Ethnicity {
    WBRI("WBRI", "White British"),
    WIRI("WIRI", "White Irish"),
    WIRT("WIRT", "Traveller of Irish heritage"),
    WOTH("WOTH", "Any other White background"),
    WROM("WROM", "Gypsy/Roma"),
    MWBC("MWBC", "White and Black Caribbean"),
    MWBA("MWBA", "White and Black African"),
    MWAS("MWAS", "White and Asian"),
    MOTH("MOTH", "Any other mixed background"),
    AIND("AIND", "Indian"),
    APKN("APKN", "Pakistani"),
    ABAN("ABAN", "Bangladeshi"),
    AOTH("AOTH", "Any other Asian background"),
    BCRB("BCRB", "Caribbean"),
    BAFR("BAFR", "African"),
    BOTH("BOTH", "Any other black background"),
    CHNE("CHNE", "Chinese"),
    OOTH("OOTH", "Any other ethnic group"),
    REFU("REFU", "Refused"),
    NOBT("NOBT", "Information not yet obtained");

    private final String code;
    private final String label;

    Ethnicity(String code, String label) {
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

    public static Optional<Ethnicity> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equalsIgnoreCase(code)).findFirst();
    }
}
