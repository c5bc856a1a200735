package kith.insights.census.rules;

import static kith.insights.census.rules.TestChild.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kith.KithTest;
import kith.insights.census.CensusFailure;
import kith.insights.census.CensusValidation;
import kith.insights.census.CollectionYear;
import kith.timescales.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application's CensusValidation bean counts working days with Kith's own calendar (England's bank holidays and
 * the council's closure days), as the timescales module does.
 */
@KithTest
class DfeCensusValidationTests {

    @Autowired CensusValidation validation;
    @Autowired WorkingDays workingDays;

    private boolean queried(LocalDate assessmentStart) {
        TestChild child = TestChild.clean();
        child.second().assessments.add(new TestChild.As(assessmentStart, null));
        CensusValidation.Session session = validation.start(CensusRulesTests.HEADER, new CollectionYear(2027));
        return session.check(child.build()).stream().map(CensusFailure::rule).anyMatch("8670Q"::equals);
    }

    @Test
    void theAssessmentQueryCountsWorkingDaysByKithsCalendar() {
        // The 45th working day back from 31 March 2027 in Kith's calendar: Good Friday and Easter Monday 2027 are not
        // working days, so it is no later than 25 January (closure days added by an administrator only move it back).
        LocalDate limit = d("2027-03-31");
        for (int found = 0; found < 45; ) {
            limit = limit.minusDays(1);
            if (workingDays.isWorkingDay(limit)) {
                found++;
            }
        }
        assertThat(limit).isBeforeOrEqualTo(d("2027-01-25"));
        assertThat(queried(limit)).isFalse();
        assertThat(queried(limit.minusDays(1))).isTrue();
        // Counting weekdays only, 26 January would already be past the limit; Kith's calendar does not query it.
        assertThat(queried(d("2027-01-26"))).isFalse();
    }
}
