package kith.familyhelp;

/** Targeted early help, or section 17 child-in-need work (only the latter is counted in the CIN census). */
public enum EpisodeKind {
    TARGETED_EARLY_HELP("Targeted early help"),
    CHILD_IN_NEED("Child in need (section 17)");

    private final String label;

    EpisodeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
