package kith.protection;

/**
 * The category of abuse of a child protection plan (CIN census InitialCategoryOfAbuse and
 * LatestCategoryOfAbuse); MUL, "multiple", is kept for plans that began before single categories were asked for.
 */
public enum Category {
    NEG("Neglect"),
    PHY("Physical abuse"),
    EMO("Emotional abuse"),
    SAB("Sexual abuse"),
    MUL("Multiple categories");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
