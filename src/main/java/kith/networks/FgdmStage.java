package kith.networks;

/** When in the council's work a family group decision-making meeting is considered: at any stage. */
public enum FgdmStage {
    FAMILY_HELP("Family Help"),
    CHILD_PROTECTION("Child protection"),
    /** Public Law Outline: s31ZA Children Act 1989 requires the offer before an application for a care order. */
    PRE_PROCEEDINGS("Pre-proceedings");

    private final String label;

    FgdmStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
