/**
 * The DfE's Children in Need census validation rules for 2025-26, one named method per rule in a class per part of
 * the return ({@code ChildIdentifierRules}, {@code CinDetailsRules}, {@code AssessmentRules}…), registered by DfE code
 * in {@link kith.insights.census.rules.CensusRuleBook}; messages and types come from the DfE's rule list in
 * {@code src/main/resources/census/dfe_cin_rules_2025_26.tsv}. Where the DfE's wording is open to more than one
 * reading, the rule's comment says which Kith takes (following the DfE's validator, {@code csc-validator-be-cin},
 * where it is clear). {@link kith.insights.census.rules.DfeCensusValidation} is the
 * {@link kith.insights.census.CensusValidation} bean.
 */
package kith.insights.census.rules;
