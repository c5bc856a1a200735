package kith.people.matching;

/**
 * How strongly a suggested person may be the child described. Strong: the evidence is nearly always right
 * (precision of at least 0.99 in docs/benchmarks/person-matching.md). Possible: enough agrees to be worth a
 * screener's look, with what differs said; the screener decides, and creating a new record while one is shown
 * asks them to confirm that they checked.
 */
public enum Strength {
    STRONG("Strong match"),
    POSSIBLE("Possible match");

    private final String label;

    Strength(String label) {
        this.label = label;
    }

    /** The band in words, as the screener sees it. */
    public String label() {
        return label;
    }
}
