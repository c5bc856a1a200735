/**
 * The Children in Need census: one model of a child's return ({@link kith.insights.census.CensusChild}) that Kith's
 * export builds from its records and the import reads from a file, so that the DfE's validation rules run on either.
 */
@org.springframework.modulith.NamedInterface("census")
package kith.insights.census;
