package kith.networks;

/** Whether a person in the network can help the child and family (care, respite, support): the network's options. */
public enum CanHelp {
    YES("Yes"),
    MAYBE("Maybe"),
    NO("No"),
    NOT_ASKED("Not asked yet");

    private final String label;

    CanHelp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
