/**
 * Person matching: who among the people Kith knows may be the child a referrer describes. A candidate query
 * through indexes ({@code Candidates}), pure scoring into two bands, strong and possible ({@code Scoring}), and
 * given-name variants as data (the shipped {@code names/nicknames.csv} and the council's own, managed by
 * administrators). Other modules see only {@link kith.people.matching.PersonMatcher#suggest}, which applies the
 * access policy, its candidate and suggestion records, and the council's variants for the administration page.
 */
@org.springframework.modulith.NamedInterface("matching")
package kith.people.matching;
