package kith.people;

/**
 * The id the council gives a child in its returns: at most 20 letters and digits (DfE CIN rules 1570 and
 * 1580), unique within the authority (rule 8510). Kith generates it from a sequence.
 */
public record LaChildId(String value) {

    public LaChildId {
        if (value == null || !value.matches("[A-Za-z0-9]{1,20}")) {
            throw new IllegalArgumentException("LA child id must be 1 to 20 letters and digits");
        }
    }

    static LaChildId fromSequence(long number) {
        return new LaChildId("K%09d".formatted(number));
    }

    @Override
    public String toString() {
        return value;
    }
}
