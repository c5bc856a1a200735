package kith.insights.census.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where one rule failed in one child's return: the Kith records at fault (an episode, assessment, enquiry or plan),
 * or the child as a whole. A record read from a file has no id, so each rule fails at most once per file child.
 */
public final class Findings {

    private final List<UUID> at = new ArrayList<>();
    private boolean failed;

    /** The rule fails at this record (null when the record has no Kith id). */
    public void at(UUID sourceId) {
        failed = true;
        if (!at.contains(sourceId)) {
            at.add(sourceId);
        }
    }

    /** The rule fails for the child as a whole. */
    public void child() {
        at(null);
    }

    public boolean failed() {
        return failed;
    }

    List<UUID> sources() {
        return at;
    }
}
