package kith.insights.census.rules;

import kith.insights.census.CensusChild;

/** A rule that needs only one child's return to decide: most of the DfE's rules. */
@FunctionalInterface
public interface ChildRule {

    void check(CensusChild child, RuleContext context, Findings findings);
}
