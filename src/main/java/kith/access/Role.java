package kith.access;

/** The coarse roles of Kith; what a user may see of a child is decided by {@link RecordAccess}. */
public enum Role {
    PRACTITIONER("Practitioner", true),
    TEAM_MANAGER("Team manager", true),
    FRONT_DOOR("Front door screener", true),
    CONFERENCE_CHAIR("Conference chair", true),
    PARTNER_PRACTITIONER("Partner practitioner", false),
    PERFORMANCE_ANALYST("Performance analyst", false),
    ADMINISTRATOR("System administrator", false);

    private final String label;
    private final boolean councilCaseworker;

    Role(String label, boolean councilCaseworker) {
        this.label = label;
        this.councilCaseworker = councilCaseworker;
    }

    public String label() {
        return label;
    }

    /** Council staff whose work is children's records: they may find and open people in this scope. */
    public boolean councilCaseworker() {
        return councilCaseworker;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
