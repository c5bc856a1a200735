package kith.insights.census.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Null-safe date comparisons: a date that is missing (or could not be read) never breaks a rule about another. */
final class Dates {

    private Dates() {}

    static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    static boolean same(LocalDate a, LocalDate b) {
        return a != null && a.equals(b);
    }

    /** Present and outside 1 April to 31 March of the collection year. */
    static boolean outsideYear(LocalDate date, RuleContext context) {
        return date != null && !context.year().contains(date);
    }

    static boolean weekend(LocalDate date) {
        return date != null && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    /** Whether the periods [aStart, aEnd] and [bStart, bEnd] share a day; a missing end is still open. */
    static boolean shareADay(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        if (aStart == null || bStart == null) {
            return false;
        }
        return (aEnd == null || !bStart.isAfter(aEnd)) && (bEnd == null || !aStart.isAfter(bEnd));
    }

    /**
     * Whether the periods overlap when one may start on the day the other ends (a plan ended and another begun at
     * the same conference); a missing end is still open.
     */
    static boolean overlap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        if (aStart == null || bStart == null) {
            return false;
        }
        return (aEnd == null || bStart.isBefore(aEnd)) && (bEnd == null || aStart.isBefore(bEnd));
    }
}
