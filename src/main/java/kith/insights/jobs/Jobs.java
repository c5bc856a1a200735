package kith.insights.jobs;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.AccessRefused;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs long work in the background, one piece (or two, by {@code kith.jobs.threads}) at a time so that a return
 * being made does not take the server's few cores from the people using it. Each job is recorded with who started
 * it, its progress and its status; its result is a file in {@code kith.jobs.directory}, kept for
 * {@code kith.jobs.keep-days} days and then deleted. Only the user who started a job sees it or downloads it
 * (anyone else is told it does not exist), and every download is audited.
 *
 * <p>The work runs as its starter: the access policy and the audit trail see the same user as the request that
 * started it. A job still waiting or running when Kith stops is marked failed when Kith starts again.
 */
@Service
public class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    static final String CUT_OFF = "Kith stopped while this was running. Start it again.";
    static final String BUSY = "Kith is busy making other returns. Try again in a few minutes.";
    static final String FAILED = "Something went wrong and nothing was made. Try again; if it fails again, tell your "
            + "system administrator.";

    /** How often at most the progress is written while the work runs. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(250);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path directory;
    private final Duration keep;
    private final TransactionTemplate ownTransaction;
    private final ThreadPoolExecutor executor;
    private final UUID instance = UUID.randomUUID();

    Jobs(JdbcClient jdbc, AuditTrail audit, Clock clock, PlatformTransactionManager transactions,
            @Value("${kith.jobs.directory:${java.io.tmpdir}/kith-jobs}") Path directory,
            @Value("${kith.jobs.threads:1}") int threads, @Value("${kith.jobs.queue:20}") int queue,
            @Value("${kith.jobs.keep-days:3}") int keepDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
        this.keep = Duration.ofDays(keepDays);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        int size = Math.max(1, Math.min(2, threads));
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue), work -> {
            Thread thread = new Thread(work, "kith-job-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts {@code work} in the background as the signed-in user, and returns the job's id at once (its page is
     * {@code /returns/jobs/{id}}).
     *
     * @param title what the work is, for its page (names no child)
     * @param fileName the name its result downloads under, or null for work that writes nothing
     * @param contentType the result's media type, or null for work that writes nothing
     */
    public UUID start(String title, String fileName, String contentType, BackgroundWork work) {
        Actor actor = Actors.current().orElseThrow(() -> new AccessRefused("Sign in to start work"));
        UUID id = UUID.randomUUID();
        // Committed before the work can start, whatever transaction the caller is in.
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO background_job (id, started_by, title, file_name, content_type, status, instance_id,
                          started_at)
                        VALUES (:id, :by, :title, :file, :type, 'WAITING', :instance, :now)""")
                .param("id", id)
                .param("by", actor.username())
                .param("title", title)
                .param("file", fileName)
                .param("type", fileName == null ? null : contentType)
                .param("instance", instance)
                .param("now", Timestamp.from(clock.instant()))
                .update());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, fileName != null, work), context));
        } catch (RejectedExecutionException busy) {
            fail(id, BUSY);
        }
        return id;
    }

    /** The job, for the user who started it; anyone else is told there is no such job. */
    public Job job(UUID id) {
        return jdbc.sql("SELECT * FROM background_job WHERE id = :id AND started_by = :by")
                .param("id", id)
                .param("by", username())
                .query(Jobs::job)
                .optional()
                .orElseThrow(() -> new RecordNotFound("Job", id));
    }

    /** The signed-in user's jobs of the last few days, newest first. */
    public List<Job> mine(int limit) {
        return jdbc.sql("SELECT * FROM background_job WHERE started_by = :by ORDER BY started_at DESC LIMIT :limit")
                .param("by", username())
                .param("limit", limit)
                .query(Jobs::job)
                .list();
    }

    /** A finished job's file, ready to send. */
    public record Download(String fileName, String contentType, long size, Path file) {}

    /** The result of the starter's finished job (audited); anyone else, or before it is ready, is told there is none. */
    public Download download(UUID id) {
        Job job = job(id);
        Path file = directory.resolve(id.toString());
        if (!job.downloadable() || !Files.isRegularFile(file)) {
            throw new RecordNotFound("Job result", id);
        }
        String contentType = jdbc.sql("SELECT content_type FROM background_job WHERE id = :id").param("id", id)
                .query(String.class).optional().orElse("application/octet-stream");
        audit.record(AuditRecord.allowed("JOB_RESULT_DOWNLOADED", List.of(id)).withDetail(job.title()));
        try {
            return new Download(job.fileName(), contentType, Files.size(file), file);
        } catch (IOException gone) {
            throw new RecordNotFound("Job result", id);
        }
    }

    private void run(UUID id, boolean writesFile, BackgroundWork work) {
        if (jdbc.sql("UPDATE background_job SET status = 'RUNNING' WHERE id = :id AND status = 'WAITING'")
                .param("id", id).update() == 0) {
            return;
        }
        Path part = directory.resolve(id + ".part");
        Recorder progress = new Recorder(id);
        try {
            Files.createDirectories(directory);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                work.run(progress, out);
            }
            Long size = null;
            if (writesFile) {
                size = Files.size(part);
                Files.move(part, directory.resolve(id.toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(part);
            }
            jdbc.sql("""
                            UPDATE background_job SET status = 'DONE', ended_at = :now, result_bytes = :size,
                              steps_done = greatest(:done, coalesce(steps_total, 0)),
                              steps_total = greatest(:done, coalesce(steps_total, 0))
                            WHERE id = :id""")
                    .param("id", id)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("size", size)
                    .param("done", progress.done)
                    .update();
        } catch (Exception | LinkageError e) {
            String plain = e instanceof JobFailure failure ? failure.getMessage()
                    : e instanceof AccessRefused ? "You are not allowed to do this work." : FAILED;
            log.warn("Background job {} failed", id, e);
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                log.warn("Could not delete {}", part);
            }
            fail(id, plain);
        }
    }

    private void fail(UUID id, String plain) {
        jdbc.sql("UPDATE background_job SET status = 'FAILED', failure = :why, ended_at = :now WHERE id = :id")
                .param("id", id)
                .param("why", plain)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Marks failed every job an earlier run of Kith left waiting or running, and clears out expired results. */
    @EventListener(ApplicationReadyEvent.class)
    void whenKithStarts() {
        markCutOff();
        expire();
    }

    /** Jobs that an earlier run of Kith took and never finished: that run stopped, so they never will. */
    int markCutOff() {
        return jdbc.sql("""
                        UPDATE background_job SET status = 'FAILED', failure = :why, ended_at = :now
                        WHERE status IN ('WAITING', 'RUNNING') AND instance_id <> :instance""")
                .param("why", CUT_OFF)
                .param("now", Timestamp.from(clock.instant()))
                .param("instance", instance)
                .update();
    }

    /** Deletes the results (and the records) of jobs started more than {@code kith.jobs.keep-days} ago. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    int expire() {
        List<UUID> expired = jdbc.sql("""
                        DELETE FROM background_job WHERE started_at < :before AND status IN ('DONE', 'FAILED')
                        RETURNING id""")
                .param("before", Timestamp.from(clock.instant().minus(keep)))
                .query(UUID.class)
                .list();
        for (UUID id : expired) {
            try {
                Files.deleteIfExists(directory.resolve(id.toString()));
            } catch (IOException e) {
                log.warn("Could not delete the result of job {}", id, e);
            }
        }
        return expired.size();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static String username() {
        return Actors.current().map(Actor::username).orElse("");
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        long total = rs.getLong("steps_total");
        return new Job(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("file_name"),
                Job.Status.valueOf(rs.getString("status")), rs.getLong("steps_done"), rs.wasNull() ? null : total,
                rs.getString("failure"), rs.getTimestamp("started_at").toInstant(),
                Optional.ofNullable(ended).map(Timestamp::toInstant).orElse(null));
    }

    /** Writes the work's progress to its row, at most every quarter of a second, so that the page can show it. */
    private final class Recorder implements BackgroundWork.Progress {

        private final UUID id;
        private long done;
        private long writtenAt = System.nanoTime() - PROGRESS_EVERY.toNanos();

        Recorder(UUID id) {
            this.id = id;
        }

        @Override
        public void total(long steps) {
            jdbc.sql("UPDATE background_job SET steps_total = :total WHERE id = :id")
                    .param("id", id).param("total", Math.max(0, steps)).update();
        }

        @Override
        public void advance(long steps) {
            done += Math.max(0, steps);
            long now = System.nanoTime();
            if (now - writtenAt >= PROGRESS_EVERY.toNanos()) {
                writtenAt = now;
                jdbc.sql("UPDATE background_job SET steps_done = :done WHERE id = :id")
                        .param("id", id).param("done", done).update();
            }
        }
    }
}
