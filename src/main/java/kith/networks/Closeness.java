package kith.networks;

/** How close a person is to the child, as the child and family see it: the ring of the ecomap they are drawn on. */
public enum Closeness {
    VERY_CLOSE("Very close", 1),
    CLOSE("Close", 2),
    DISTANT("Not close", 3);

    private final String label;
    private final int ring;

    Closeness(String label, int ring) {
        this.label = label;
        this.ring = ring;
    }

    public String label() {
        return label;
    }

    /** The ring of the ecomap, 1 nearest the child. */
    public int ring() {
        return ring;
    }
}
