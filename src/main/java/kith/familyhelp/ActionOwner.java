package kith.familyhelp;

/** Who will carry out an action of the family plan. */
public enum ActionOwner {
    PRACTITIONER("A practitioner"),
    PARENT("A parent or carer"),
    CHILD("The child"),
    NETWORK_MEMBER("Someone in the family network");

    private final String label;

    ActionOwner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
