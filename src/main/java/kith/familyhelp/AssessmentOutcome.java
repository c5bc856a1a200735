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

    /**
     * Whether the child goes on to further help (a family plan or child protection): the census then needs the
     * child's primary need (DfE CIN rule 8610), so completing the assessment asks for it.
     */
    public boolean leadsToFurtherHelp() {
        return this == FAMILY_HELP_PLAN || this == STEP_UP;
    }
}
