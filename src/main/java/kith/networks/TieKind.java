package kith.networks;

/**
 * The kind and strength of a person's tie with the child, drawn as the ecomap's line (the usual ecomap convention:
 * thick for strong, plain for moderate, dashed for weak, jagged for stressful), so the key says the same as the line.
 */
public enum TieKind {
    STRONG("Strong", "Thick line"),
    MODERATE("Moderate", "Line"),
    WEAK("Weak", "Dashed line"),
    STRESSFUL("Stressful", "Zigzag line");

    private final String label;
    private final String line;

    TieKind(String label, String line) {
        this.label = label;
        this.line = line;
    }

    public String label() {
        return label;
    }

    /** How the line is drawn, in words (the key and the table). */
    public String line() {
        return line;
    }
}
