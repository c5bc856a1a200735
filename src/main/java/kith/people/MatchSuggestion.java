package kith.people;

import java.util.List;

/** A person who may be the child a referrer described, how strongly, and why. */
public record MatchSuggestion(PersonSummary person, double score, List<String> reasons) {}
