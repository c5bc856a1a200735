package kith.networks;

/** Where a family group decision has got to. Not offered, declined and a reviewed plan are closed. */
public enum FgdmStatus {
    CONSIDERED("Considered"),
    NOT_OFFERING_PROPOSED("Not offering: waiting for a manager"),
    NOT_OFFERED("Not offered: not in the child’s best interests"),
    OFFERED("Offered"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    MEETING_HELD("Meeting held"),
    PLAN_AGREED("Family’s plan agreed"),
    PLAN_REVIEWED("Family’s plan reviewed");

    private final String label;

    FgdmStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == NOT_OFFERED || this == DECLINED || this == PLAN_REVIEWED;
    }
}
