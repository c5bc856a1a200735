package kith.familyhelp;

/** What happens after an assessment. */
public enum AssessmentOutcome {
    FAMILY_HELP_PLAN("Family Help with a family plan"),
    STEP_UP("Step up to child protection"),
    CLOSE_NO_FURTHER_ACTION("Close: no further action (RC8)"),
    CLOSE_TO_EARLY_HELP("Close: referred to early help (RC9)");

    private final String label;

    AssessmentOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
