package kith.frontdoor;

/** The decision on a referral, due within one working day of receipt (Working Together 2023). */
public enum ReferralDecision {
    NO_FURTHER_ACTION("No further action", false),
    INFORMATION_AND_ADVICE("Information and advice", false),
    TARGETED_EARLY_HELP("Family Help: targeted early help", true),
    SECTION_17_ASSESSMENT("Family Help: child in need assessment (section 17)", true),
    STRATEGY_DISCUSSION("Strategy discussion (child protection)", true);

    private final String label;
    private final boolean furtherAction;

    ReferralDecision(String label, boolean furtherAction) {
        this.label = label;
        this.furtherAction = furtherAction;
    }

    public String label() {
        return label;
    }

    /**
     * Whether Family Help opens from this decision (targeted early help, or a section 17 assessment in Family
     * Help): the one statement of it, for the front door's button and Family Help's opening.
     */
    public boolean opensFamilyHelp() {
        return this == TARGETED_EARLY_HELP || this == SECTION_17_ASSESSMENT;
    }

    /** Whether the referral goes on to a service (CIN census ReferralNFA is the opposite). */
    public boolean furtherAction() {
        return furtherAction;
    }
}
