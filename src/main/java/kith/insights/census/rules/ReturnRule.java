package kith.insights.census.rules;

import java.util.List;
import kith.insights.census.CensusChild;

/**
 * A rule about the return as a whole (a duplicate LAchildID, the share of children with no sex recorded, the
 * Header): it sees each child as the return streams past, keeping only what it must, and decides when the return is
 * finished. A fresh instance is made for each return.
 */
public interface ReturnRule {

    /** Sees one child's return; the default keeps nothing. */
    default void see(CensusChild child, RuleContext context) {}

    /** The failures, each naming the LAchildID it concerns (or null for the whole return). */
    List<String> finish(RuleContext context);
}
