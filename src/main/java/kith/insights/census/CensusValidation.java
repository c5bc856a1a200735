package kith.insights.census;

import java.util.List;

/**
 * The DfE's Children in Need census validation rules, run by Kith over a return before it is sent: children are
 * checked one at a time as they stream past (so a large return never sits in memory), and the rules across
 * children (a duplicate LAchildID, the share of children with no sex recorded) report when the return is finished.
 */
public interface CensusValidation {

    /** Begins checking a return with this header, for this collection year. */
    Session start(CensusHeader header, CollectionYear year);

    /** One return being checked. Not thread-safe: one return, one thread. */
    interface Session {

        /** Checks one child, returning the failures in their part of the return. */
        List<CensusFailure> check(CensusChild child);

        /** The failures of the Header and of the rules across children, once every child has been checked. */
        List<CensusFailure> finish();
    }
}
