package kith.familyhelp;

/** How far an action of the family plan has got. */
public enum ActionProgress {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    STOPPED("Stopped");

    private final String label;

    ActionProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
