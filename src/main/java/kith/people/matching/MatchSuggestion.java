package kith.people.matching;

import java.util.List;
import kith.people.Identity;

/**
 * A person who may be the child a referrer described: who they are, as people's {@code Identities} let the
 * current user be shown them (a restricted record the user is not named on is never suggested), their current
 * postcode when it is not confidential, how strongly and why, and what differs from what the referrer said.
 */
public record MatchSuggestion(Identity person, String postcode, Strength strength, double score,
        List<String> reasons, List<String> differences) {}
