package kith.insights.census;

import java.util.UUID;

/**
 * A DfE validation rule that a child's return (or the whole return) fails.
 *
 * @param rule the DfE rule code, as in {@code dfe_cin_rules_2025_26.tsv} (for example "2885" or "8670Q")
 * @param error true for an ERROR (must be fixed before the return is accepted), false for a QUERY
 * @param laChildId the child's LAchildID, or null for a rule about the whole return (such as the Header's)
 * @param personId the child's person record in Kith, or null when read from a file
 * @param sourceId the Kith record the failing item came from (an episode, assessment, enquiry or plan), or null
 * @param module where in the return: the rule list's module (Header, ChildIdentifiers, CINdetails, Assessments…)
 * @param message the DfE's message
 */
public record CensusFailure(String rule, boolean error, String laChildId, UUID personId, UUID sourceId, String module,
        String message) {}
