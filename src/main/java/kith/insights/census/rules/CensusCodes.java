package kith.insights.census.rules;

import java.util.Set;

/**
 * The DfE's code sets the rules check against, as the 2026 schema lists them ({@code CIN_schema_2026.xsd}, and the
 * code lists under {@code shared/domain/data/codes}).
 */
final class CensusCodes {

    private CensusCodes() {}

    static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
            "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH",
            "CON", "AUT", "DDA");

    static final Set<String> REFERRAL_SOURCE = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    static final Set<String> REASON_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    /** RC8 and RC9: closed after assessment (with no further action, or referred to early help). */
    static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");

    static boolean in(Set<String> codes, String code) {
        return code != null && codes.contains(code);
    }
}
