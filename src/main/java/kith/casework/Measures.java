package kith.casework;

import java.time.YearMonth;
import kith.familyhelp.FamilyHelpMeasures;
import kith.frontdoor.FrontDoorMeasures;
import kith.shared.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few measures the performance analyst's home page shows until the measures have a module of their own: this
 * month's and last month's front door, and Family Help open today, from the counts those modules expose. Counts
 * only, naming no one; each module refuses (and audits) anyone but an analyst.
 */
@Service
public class Measures {

    /** This month so far, last month, and Family Help open today. */
    public record Shown(FrontDoorMeasures.Month thisMonth, FrontDoorMeasures.Month lastMonth,
            FamilyHelpMeasures.Open familyHelp) {}

    private final FrontDoorMeasures frontDoor;
    private final FamilyHelpMeasures familyHelp;
    private final Today today;

    Measures(FrontDoorMeasures frontDoor, FamilyHelpMeasures familyHelp, Today today) {
        this.frontDoor = frontDoor;
        this.familyHelp = familyHelp;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Shown now() {
        YearMonth month = YearMonth.from(today.date());
        return new Shown(frontDoor.of(month), frontDoor.of(month.minusMonths(1)), familyHelp.open());
    }
}
