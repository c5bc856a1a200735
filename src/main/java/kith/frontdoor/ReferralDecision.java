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

    /** Whether the referral goes on to a service (CIN census ReferralNFA is the opposite). */
    public boolean furtherAction() {
        return furtherAction;
    }
}
