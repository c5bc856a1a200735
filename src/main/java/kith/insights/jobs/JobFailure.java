package kith.insights.jobs;

/**
 * Work that cannot go on, with what to tell its starter in plain words (shown on the job's page as it is). Anything
 * else a work throws is shown as a general failure, never its message or stack trace.
 */
public class JobFailure extends RuntimeException {

    public JobFailure(String plainMessage) {
        super(plainMessage, null, false, false);
    }
}
