package kith.insights.census.rules;

import kith.insights.census.CensusHeader;
import kith.insights.census.CensusValidation;
import kith.insights.census.CollectionYear;
import kith.timescales.WorkingCalendar;
import kith.timescales.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * Kith's implementation of the DfE's CIN census rules for 2025-26, for Kith's own export and for a file read in. The
 * working-day rules count with Kith's calendar (England's bank holidays and the council's closure days), read once
 * per return, so that the census agrees with the timescales Kith shows its staff.
 */
@Service
public class DfeCensusValidation implements CensusValidation {

    private final CensusRuleBook rules = CensusRuleBook.dfe2025to26();
    private final WorkingDays workingDays;

    DfeCensusValidation(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public Session start(CensusHeader header, CollectionYear year) {
        WorkingCalendar calendar = workingDays.calendar();
        return rules.session(header, year, calendar::isWorkingDay);
    }

    /** The rules implemented, and the DfE's list they come from. */
    public CensusRuleBook rules() {
        return rules;
    }
}
