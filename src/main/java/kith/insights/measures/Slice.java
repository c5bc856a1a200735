package kith.insights.measures;

/** One value of one dimension that the figures are restricted to; {@link #ALL} is no restriction. */
public record Slice(Dimension dimension, String value) {

    public static final Slice ALL = new Slice(null, null);

    public boolean all() {
        return dimension == null || value == null || value.isBlank();
    }
}
