package kith.partnership;

/** The kinds of agency in a safeguarding partnership. */
public enum AgencyKind {
    COUNCIL("Council children's services"),
    POLICE("Police"),
    HEALTH("Health (NHS trust or ICB)"),
    SCHOOL("School"),
    VOLUNTARY("Voluntary organisation");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
