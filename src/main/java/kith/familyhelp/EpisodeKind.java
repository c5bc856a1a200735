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

    /** The work a referral decision that opens Family Help begins (ReferralDecision#opensFamilyHelp says which). */
    static EpisodeKind openedBy(kith.frontdoor.ReferralDecision decision) {
        return switch (decision) {
            case TARGETED_EARLY_HELP -> TARGETED_EARLY_HELP;
            case SECTION_17_ASSESSMENT -> CHILD_IN_NEED;
            default -> throw new IllegalArgumentException(decision + " does not open Family Help");
        };
    }
}
