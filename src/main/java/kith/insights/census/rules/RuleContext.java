package kith.insights.census.rules;

import java.time.LocalDate;
import kith.insights.census.CensusHeader;
import kith.insights.census.CollectionYear;

/**
 * What a rule may know besides the child: the collection year being checked, the return's Header and the working-day
 * calendar.
 */
public record RuleContext(CollectionYear year, CensusHeader header, WorkingDayCalendar calendar) {

    /** The census ReferenceDate the rules count to: 31 March of the collection year. */
    public LocalDate end() {
        return year.end();
    }

    public LocalDate start() {
        return year.start();
    }
}
