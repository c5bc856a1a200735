package kith.insights.jobs;

import java.io.OutputStream;

/**
 * A piece of long work: it reports its progress as it goes and writes its result (a file to download) to the stream
 * it is given; work with no file writes nothing.
 */
@FunctionalInterface
public interface BackgroundWork {

    void run(Progress progress, OutputStream result) throws Exception;

    /** How far the work has got, for the progress bar. */
    interface Progress {

        /** The number of steps the whole work takes, once known. */
        void total(long steps);

        /** Some more steps are done. */
        void advance(long steps);
    }
}
