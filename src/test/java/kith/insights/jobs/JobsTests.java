package kith.insights.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import kith.KithTest;
import kith.shared.Actors;
import kith.support.AuditLog;
import kith.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The background job runner: progress up to the total, the result downloaded by the user who started the job (and
 * audited) and by nobody else, a failing work shown as failed in plain words, the work running as its starter, and
 * a job cut off by Kith stopping marked failed.
 */
@KithTest
class JobsTests {

    @Autowired Jobs jobs;
    @Autowired Users users;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private Job finished(String user, UUID id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> users.call(user, () -> jobs.job(id)), Job::finished);
    }

    @Test
    void progressReachesTheTotalAndTheStarterDownloadsTheResult() throws Exception {
        AtomicReference<String> ranAs = new AtomicReference<>();
        UUID id = users.call("analyst", () -> jobs.start("A test return", "test-return.csv", "text/csv", (progress, out) -> {
            ranAs.set(Actors.current().map(kith.shared.Actor::username).orElse(null));
            progress.total(5);
            for (int i = 0; i < 5; i++) {
                out.write(("row " + i + "\n").getBytes(StandardCharsets.UTF_8));
                progress.advance(1);
            }
        }));
        Job job = finished("analyst", id);
        assertThat(job.status()).isEqualTo(Job.Status.DONE);
        assertThat(job.stepsDone()).isEqualTo(5);
        assertThat(job.stepsTotal()).isEqualTo(5L);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.endedAt()).isNotNull();
        assertThat(ranAs.get()).as("the work runs as its starter").isEqualTo("analyst");

        long downloads = AuditLog.count(jdbc, "analyst", "JOB_RESULT_DOWNLOADED", "ALLOWED");
        mvc.perform(get("/returns/jobs/" + id + "/download").with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("test-return.csv")))
                .andExpect(content().string("row 0\nrow 1\nrow 2\nrow 3\nrow 4\n"));
        assertThat(AuditLog.count(jdbc, "analyst", "JOB_RESULT_DOWNLOADED", "ALLOWED")).isEqualTo(downloads + 1);

        mvc.perform(get("/returns/jobs/" + id).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<progress id=\"job-bar\" class=\"kith-progress\" max=\"100\" value=\"100\">")))
                .andExpect(content().string(Matchers.containsString("100% done")))
                .andExpect(content().string(Matchers.containsString("Download test-return.csv")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))));
    }

    @Test
    void anotherUserIsToldThereIsNoSuchJob() throws Exception {
        UUID id = users.call("analyst", () -> jobs.start("Another return", "other.csv", "text/csv",
                (progress, out) -> out.write('x')));
        finished("analyst", id);
        for (String path : new String[] {"", "/progress", "/download"}) {
            mvc.perform(get("/returns/jobs/" + id + path).with(users.as("team.manager"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/returns/jobs/" + UUID.randomUUID()).with(users.as("analyst"))).andExpect(status().isNotFound());
    }

    @Test
    void aRunningJobsPageAsksAgainThroughHtmx() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        UUID id = users.call("team.manager", () -> jobs.start("A slow return", "slow.csv", "text/csv", (progress, out) -> {
            progress.total(4);
            progress.advance(1);
            release.await();
        }));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> users.call("team.manager", () -> jobs.job(id)).stepsDone() == 1);
            mvc.perform(get("/returns/jobs/" + id + "/progress").with(users.as("team.manager")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("hx-get=\"/returns/jobs/" + id + "/progress\"")))
                    .andExpect(content().string(Matchers.containsString("hx-trigger=\"every 2s\"")))
                    .andExpect(content().string(Matchers.containsString("value=\"25\"")))
                    .andExpect(content().string(Matchers.containsString("25% done")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Download"))));
            mvc.perform(get("/returns/jobs/" + id + "/download").with(users.as("team.manager"))).andExpect(status().isNotFound());
        } finally {
            release.countDown();
        }
        assertThat(finished("team.manager", id).status()).isEqualTo(Job.Status.DONE);
    }

    @Test
    void aFailingWorkShowsFailedInPlainWords() throws Exception {
        UUID id = users.call("analyst", () -> jobs.start("A broken return", "broken.csv", "text/csv", (progress, out) -> {
            progress.total(3);
            throw new IllegalStateException("SQL state 42P01 at kith.Secret.line(12)");
        }));
        Job job = finished("analyst", id);
        assertThat(job.status()).isEqualTo(Job.Status.FAILED);
        assertThat(job.failure()).isEqualTo(Jobs.FAILED);
        mvc.perform(get("/returns/jobs/" + id).with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This did not work")))
                .andExpect(content().string(Matchers.containsString("Something went wrong and nothing was made")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("42P01"))));
        mvc.perform(get("/returns/jobs/" + id + "/download").with(users.as("analyst"))).andExpect(status().isNotFound());
        UUID told = users.call("analyst", () -> jobs.start("A refused return", "refused.csv", "text/csv", (progress, out) -> {
            throw new JobFailure("There is nothing to return for that year.");
        }));
        assertThat(finished("analyst", told).failure()).isEqualTo("There is nothing to return for that year.");
    }

    @Test
    void workWithNoFileIsDoneWithNothingToDownload() throws Exception {
        UUID id = users.call("analyst", () -> jobs.start("A rebuild", null, null, (progress, out) -> progress.total(0)));
        Job job = finished("analyst", id);
        assertThat(job.status()).isEqualTo(Job.Status.DONE);
        assertThat(job.downloadable()).isFalse();
        mvc.perform(get("/returns/jobs/" + id + "/download").with(users.as("analyst"))).andExpect(status().isNotFound());
    }

    @Test
    void aJobCutOffWhenKithStoppedIsMarkedFailed() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO background_job (id, started_by, title, status, instance_id, started_at)
                        VALUES (:id, 'analyst', 'Cut off', 'RUNNING', :earlier, :at)""")
                .param("id", id).param("earlier", UUID.randomUUID()).param("at", Timestamp.from(Instant.now())).update();
        assertThat(jobs.markCutOff()).isGreaterThanOrEqualTo(1);
        Job job = users.call("analyst", () -> jobs.job(id));
        assertThat(job.status()).isEqualTo(Job.Status.FAILED);
        assertThat(job.failure()).isEqualTo(Jobs.CUT_OFF);
    }

    @Test
    void resultsExpireAfterAFewDays() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO background_job (id, started_by, title, status, instance_id, started_at, ended_at)
                        VALUES (:id, 'analyst', 'Old', 'DONE', :instance, :at, :at)""")
                .param("id", id).param("instance", UUID.randomUUID())
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(4)))).update();
        jobs.expire();
        assertThat(jdbc.sql("SELECT count(*) FROM background_job WHERE id = :id").param("id", id).query(Long.class).single())
                .isZero();
    }
}
