package kith.protection;

/** Why a child protection plan ended (Working Together 2023, and local procedures for "became looked after"). */
public enum PlanEndReason {
    NO_LONGER_AT_RISK("The child is no longer at continuing risk of significant harm"),
    TRANSFERRED_OUT("The child moved to another council, whose transfer-in conference has been held"),
    REACHED_18("The child reached 18"),
    LEFT_THE_UK("The child has permanently left the UK"),
    BECAME_LOOKED_AFTER("The child became looked after"),
    DIED("The child died");

    private final String label;

    PlanEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
