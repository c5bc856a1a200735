package kith.people.matching;

import java.util.List;
import kith.people.PersonSummary;

/**
 * A candidate scored: the score, its band (null below the possible band: not suggested), the reasons for and
 * what differs. Internal to matching; the front door gets a {@link MatchSuggestion}.
 */
record Scored(PersonSummary person, double score, Strength strength, List<String> reasons, List<String> differences) {

    boolean suggested() {
        return strength != null;
    }
}
