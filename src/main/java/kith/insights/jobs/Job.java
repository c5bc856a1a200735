package kith.insights.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of background work as its starter sees it: what it is, how far it has got, and whether its file is ready.
 *
 * @param fileName the name its result downloads under, or null for work that makes no file
 * @param stepsTotal the steps the whole work takes, or null until the work knows
 * @param failure why it failed, in plain words, or null
 */
public record Job(UUID id, String title, String fileName, Status status, long stepsDone, Long stepsTotal,
        String failure, Instant startedAt, Instant endedAt) {

    public enum Status {
        WAITING("Waiting to start"),
        RUNNING("Running"),
        DONE("Ready"),
        FAILED("Failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How far it has got, 0 to 100: 100 once done, whatever the work counted. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (stepsTotal == null || stepsTotal == 0) {
            return 0;
        }
        return (int) Math.min(99, stepsDone * 100 / stepsTotal);
    }

    /** Done or failed: the page stops asking. */
    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Done, with a file to download. */
    public boolean downloadable() {
        return status == Status.DONE && fileName != null;
    }
}
