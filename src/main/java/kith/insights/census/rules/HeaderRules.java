package kith.insights.census.rules;

import java.util.Collections;
import java.util.List;

/** The Header's rule: the return is for the collection year it claims to be. */
final class HeaderRules {

    private HeaderRules() {}

    static void addTo(CensusRuleBook book) {
        book.acrossChildren("100", () -> HeaderRules::referenceDate);
    }

    /**
     * 100: the ReferenceDate must be 31 March of the collection year being checked. A file read in is checked for the
     * year its ReferenceDate names, so for it this fails when the date is not a 31 March or could not be read.
     */
    static List<String> referenceDate(RuleContext context) {
        boolean right = context.header() != null && context.end().equals(context.header().referenceDate());
        return right ? List.of() : Collections.singletonList(null);
    }
}
