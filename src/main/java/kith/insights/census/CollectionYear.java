package kith.insights.census;

import java.time.LocalDate;
import java.time.Month;
import kith.shared.Today;

/**
 * A census collection year: 1 April to 31 March, named by the year it ends in (the 2027 return covers
 * 1 April 2026 to 31 March 2027, and its ReferenceDate is 31 March 2027).
 */
public record CollectionYear(int ending) {

    public CollectionYear {
        if (ending < 2000 || ending > 2100) {
            throw new IllegalArgumentException("A collection year ends between 2000 and 2100");
        }
    }

    /** The year whose return is being gathered today: until 31 March, the one ending then. */
    public static CollectionYear current(Today today) {
        LocalDate date = today.date();
        return new CollectionYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() + 1 : date.getYear());
    }

    public LocalDate start() {
        return LocalDate.of(ending - 1, Month.APRIL, 1);
    }

    /** The last day, 31 March: the census ReferenceDate. */
    public LocalDate end() {
        return LocalDate.of(ending, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }

    @Override
    public String toString() {
        return (ending - 1) + " to " + ending;
    }
}
