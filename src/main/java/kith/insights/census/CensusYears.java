package kith.insights.census;

import kith.shared.InvalidInput;

/** Reading the collection year a page or the API was asked for (the year it ends in, such as 2027). */
public final class CensusYears {

    private CensusYears() {}

    /** The year ending in {@code year}, or a problem naming the {@code year} field. */
    public static CollectionYear of(Integer year) {
        return parse(year == null ? null : year.toString());
    }

    /** The year named by {@code year}, or a problem naming the {@code year} field. */
    public static CollectionYear parse(String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidInput("year", "Give the year the collection ends in, for example 2027");
        }
        try {
            return new CollectionYear(Integer.parseInt(year.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("year", "Give the year the collection ends in as four digits, for example 2027");
        }
    }
}
