package kith.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kith.KithTest;
import kith.audit.ChainVerification.BrokenRange;
import kith.audit.ChainVerification.Reason;
import kith.shared.Actor;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KithTest
class AuditTrailTests {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired AuditSettings settings;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    private String chainOf(int entries) {
        String authority = "T" + UUID.randomUUID().toString().substring(0, 8);
        Actor actor = new Actor("tester", "Tess Ter", "PRACTITIONER", null, "Test agency");
        for (int i = 0; i < entries; i++) {
            int n = i;
            transaction.executeWithoutResult(status -> audit.append(authority, actor,
                    AuditRecord.allowed("PERSON_VIEWED", List.of(UUID.randomUUID())).withDetail("entry " + n)));
        }
        return authority;
    }

    private void append(String authority, int entries) {
        Actor actor = new Actor("tester", "Tess Ter", "PRACTITIONER", null, "Test agency");
        for (int i = 0; i < entries; i++) {
            transaction.executeWithoutResult(status ->
                    audit.append(authority, actor, AuditRecord.allowed("PERSON_VIEWED", List.of())));
        }
    }

    /** What only a superuser can do: work on the trail with its append-only trigger switched off. */
    private void asSuperuser(Consumer<JdbcClient> work) {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            work.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The attack the checkpoints exist for: change an entry, then recompute every hash from it on with the
     * chain's own (public) SHA-256 scheme, and move the head row to match, so that the chain links up again.
     */
    private void rewriteAndRecompute(String authority, long position, String username) {
        asSuperuser(database -> {
            database.sql("UPDATE audit_entry SET username = :u WHERE authority = :a AND position = :p")
                    .param("u", username).param("a", authority).param("p", position).update();
            List<AuditEntry> entries = database.sql("SELECT * FROM audit_entry WHERE authority = :a ORDER BY position")
                    .param("a", authority).query(AuditTrail::entry).list();
            String previous = ChainHash.GENESIS;
            for (AuditEntry stored : entries) {
                AuditEntry relinked = new AuditEntry(stored.authority(), stored.position(), stored.occurredAt(),
                        stored.username(), stored.role(), stored.agency(), stored.action(), stored.outcome(),
                        stored.subjects(), stored.fields(), stored.route(), stored.reason(), stored.detail(), previous, null);
                String hash = ChainHash.of(relinked);
                database.sql("UPDATE audit_entry SET previous_hash = :ph, hash = :h WHERE authority = :a AND position = :p")
                        .param("ph", previous).param("h", hash).param("a", authority).param("p", stored.position())
                        .update();
                database.sql("UPDATE audit_chain_head SET hash = :h, previous_hash = :ph WHERE authority = :a")
                        .param("h", hash).param("ph", previous).param("a", authority).update();
                previous = hash;
            }
        });
    }

    private List<String> checkpointLines(String authority) {
        try {
            return Files.readAllLines(settings.checkpointFile()).stream()
                    .filter(line -> line.startsWith(authority + "\t"))
                    .toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void viewingAPersonAddsAnEntryNamingTheViewer() throws Exception {
        UUID person = jdbc.sql("SELECT id FROM person p WHERE NOT EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id) LIMIT 1").query(UUID.class).single();
        mvc.perform(get("/people/" + person).with(users.as("team.manager"))).andExpect(status().isOk());
        List<AuditEntry> entries = audit.entriesAbout(person, 5);
        assertThat(entries).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("PERSON_VIEWED");
            assertThat(entry.username()).isEqualTo("team.manager");
            assertThat(entry.role()).isEqualTo("TEAM_MANAGER");
            assertThat(entry.agency()).isEqualTo("Demo Borough Council Children's Services");
            assertThat(entry.route()).isEqualTo("GET /people/" + person);
        });
    }

    @Test
    void administratorsReadAPersonsAuditEntriesThroughTheApi() throws Exception {
        UUID person = jdbc.sql("SELECT id FROM person p WHERE NOT EXISTS (SELECT 1 FROM working_relationship w WHERE w.person_id = p.id) LIMIT 1").query(UUID.class).single();
        mvc.perform(get("/people/" + person).with(users.as("front.door"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").param("subject", person.toString()).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].username")
                        .value("front.door"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].action")
                        .value("PERSON_VIEWED"));
        mvc.perform(get("/api/v1/audit/verify").with(users.as("admin")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.valid").value(true));
    }

    @Test
    void aRefusalInsideWorkThatHasAlreadyAuditedIsRecordedWhenThatWorkEndsInsteadOfWaitingForItsLock() {
        UUID subject = UUID.randomUUID();
        // Before the fix, the refusal's own transaction waited for the chain lock held by this one: for ever.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> transaction.executeWithoutResult(work -> {
            audit.record(AuditRecord.allowed("LOCK_TEST_CHANGE", List.of(subject)));
            audit.recordRefusal(AuditRecord.refused("LOCK_TEST_REFUSED", List.of(subject), "refused inside"));
            assertThat(audit.entriesAbout(subject, 5)).extracting(AuditEntry::action).containsExactly("LOCK_TEST_CHANGE");
            work.setRollbackOnly();
        }));
        assertThat(audit.entriesAbout(subject, 5)).extracting(AuditEntry::action).containsExactly("LOCK_TEST_REFUSED");

        UUID another = UUID.randomUUID();
        transaction.executeWithoutResult(work -> {
            audit.recordRefusal(AuditRecord.refused("LOCK_TEST_REFUSED", List.of(another), "nothing audited before"));
            work.setRollbackOnly();
        });
        assertThat(audit.entriesAbout(another, 5)).extracting(AuditEntry::action).containsExactly("LOCK_TEST_REFUSED");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void anIntactChainVerifies() {
        String authority = chainOf(5);
        ChainVerification result = audit.verify(authority);
        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.broken()).isEmpty();
        assertThat(result.firstBrokenEntry()).isNull();
    }

    @Test
    void everyBrokenRangeIsReportedNotOnlyTheFirst() {
        String authority = chainOf(9);
        asSuperuser(database -> {
            database.sql("UPDATE audit_entry SET username = 'someone.else' WHERE authority = :a AND position = 2")
                    .param("a", authority).update();
            database.sql("DELETE FROM audit_entry WHERE authority = :a AND position = 5").param("a", authority).update();
            database.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE authority = :a AND position = 7")
                    .param("a", authority).update();
        });
        ChainVerification result = audit.verify(authority);
        assertThat(result.valid()).isFalse();
        assertThat(result.entries()).isEqualTo(8);
        assertThat(result.broken()).containsExactly(
                new BrokenRange(2, 2, Reason.ALTERED), new BrokenRange(5, 5, Reason.MISSING),
                new BrokenRange(7, 7, Reason.ALTERED));
        assertThat(result.firstBrokenEntry()).isEqualTo(2L);
    }

    @Test
    void rewritingAnEntryAndRecomputingTheWholeChainWithoutTheKeyIsCaughtByTheSignedCheckpoints() {
        String authority = chainOf(6);
        assertThat(audit.verify(authority).valid()).as("signs a checkpoint at 6").isTrue();
        append(authority, 2);
        assertThat(audit.verify(authority).valid()).as("signs a checkpoint at 8").isTrue();

        rewriteAndRecompute(authority, 7, "someone.else");

        ChainVerification result = audit.verify(authority);
        assertThat(result.valid()).isFalse();
        // The hash chain and the head row check out: only the checkpoints, which need the key, show it, and they
        // narrow it down to the entries after the last checkpoint that still matches.
        assertThat(result.broken()).containsExactly(new BrokenRange(7, 8, Reason.CHECKPOINT_MISMATCH));
        assertThat(result.latestCheckpoint().position()).isEqualTo(8);
        assertThat(checkpointLines(authority)).as("a broken chain is not signed").hasSize(2);
    }

    @Test
    void aCheckpointForgedWithoutTheKeyIsReported() throws Exception {
        String authority = chainOf(4);
        assertThat(audit.verify(authority).valid()).isTrue();
        rewriteAndRecompute(authority, 2, "someone.else");
        ChainHead rewritten = audit.head(authority).orElseThrow();
        AuditKey guessed = AuditKey.from(new AuditSettings("a key that is not the deployment's key", null, null, null));
        Files.writeString(settings.checkpointFile(),
                Checkpoint.signed(authority, rewritten, Instant.now(), guessed).line() + "\n", StandardOpenOption.APPEND);

        assertThat(audit.verify(authority).broken()).containsExactly(
                new BrokenRange(1, 4, Reason.CHECKPOINT_MISMATCH), new BrokenRange(4, 4, Reason.CHECKPOINT_INVALID));
    }

    @Test
    void deletingTheLastEntriesIsReportedAsATruncatedTail() {
        String authority = chainOf(6);
        assertThat(audit.verify(authority).valid()).isTrue();
        asSuperuser(database -> database.sql("DELETE FROM audit_entry WHERE authority = :a AND position > 4")
                .param("a", authority).update());

        ChainVerification result = audit.verify(authority);
        assertThat(result.valid()).isFalse();
        assertThat(result.entries()).isEqualTo(4);
        assertThat(result.broken()).containsExactly(new BrokenRange(5, 6, Reason.TRUNCATED));
    }

    @Test
    void deletingTheLastEntriesAndMovingTheHeadBackIsCaughtByTheCheckpoint() {
        String authority = chainOf(6);
        assertThat(audit.verify(authority).valid()).isTrue();
        asSuperuser(database -> {
            database.sql("DELETE FROM audit_entry WHERE authority = :a AND position > 4").param("a", authority).update();
            database.sql("""
                            UPDATE audit_chain_head h SET position = e.position, hash = e.hash, previous_hash = e.previous_hash
                            FROM audit_entry e WHERE e.authority = h.authority AND h.authority = :a AND e.position = 4""")
                    .param("a", authority).update();
        });
        assertThat(audit.head(authority)).map(ChainHead::position).hasValue(4L);

        assertThat(audit.verify(authority).broken()).containsExactly(new BrokenRange(5, 6, Reason.TRUNCATED));
    }

    @Test
    void aSuccessfulCheckSignsTheChainsEndOnceUntilItMoves() {
        String authority = chainOf(3);
        audit.verify(authority);
        audit.verify(authority);
        assertThat(checkpointLines(authority)).hasSize(1).first().asString().startsWith(authority + "\t3\t");
        append(authority, 1);
        audit.verify(authority);
        assertThat(checkpointLines(authority)).hasSize(2).last().asString().startsWith(authority + "\t4\t");
    }

    @Test
    void theApiAndThePageShowWhichEntriesAreBroken() throws Exception {
        // The deployment's own chain is the one the page checks: alter an entry in place and put it back.
        long position = jdbc.sql("SELECT max(position) FROM audit_entry WHERE authority = '999'").query(Long.class).single();
        String username = jdbc.sql("SELECT username FROM audit_entry WHERE authority = '999' AND position = :p")
                .param("p", position).query(String.class).single();
        try {
            asSuperuser(database -> database.sql("UPDATE audit_entry SET username = 'someone.else' WHERE authority = '999' AND position = :p")
                    .param("p", position).update());
            mvc.perform(get("/api/v1/audit/verify").with(users.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false))
                    .andExpect(jsonPath("$.firstBrokenEntry").value(position))
                    .andExpect(jsonPath("$.broken[0].from").value(position))
                    .andExpect(jsonPath("$.broken[0].to").value(position))
                    .andExpect(jsonPath("$.broken[0].reason").value("ALTERED"));
            String page = mvc.perform(post("/admin/audit/verify").with(users.as("admin")).with(csrf()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("The audit trail has been altered")
                    .contains("<td class=\"govuk-table__cell\">" + position + "</td>")
                    .contains("Changed after it was written");
        } finally {
            asSuperuser(database -> database.sql("UPDATE audit_entry SET username = :u WHERE authority = '999' AND position = :p")
                    .param("u", username).param("p", position).update());
        }
        assertThat(audit.verify().valid()).isTrue();
        String intact = mvc.perform(post("/admin/audit/verify").with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(intact).contains("The audit trail is intact").contains("Latest signed checkpoint: entry ");
    }

    @Test
    void theApplicationRoleCannotUpdateOrDeleteAuditRows() {
        String authority = chainOf(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET action = 'X' WHERE authority = :a")
                        .param("a", authority).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE authority = :a").param("a", authority).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).isInstanceOf(DataAccessException.class);
        assertThat(audit.verify(authority).entries()).isEqualTo(1);
    }

    @Test
    void evenTheOwnerCannotUpdateAuditRowsWhileTheTriggerStands() {
        String authority = chainOf(1);
        assertThatThrownBy(() -> JdbcClient.create(owner)
                        .sql("UPDATE audit_entry SET action = 'X' WHERE authority = :a").param("a", authority).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void concurrentWritersFormOneUnbrokenChain() throws Exception {
        String authority = "T" + UUID.randomUUID().toString().substring(0, 8);
        Actor actor = new Actor("tester", "Tess Ter", "PRACTITIONER", null, "Test agency");
        List<Thread> writers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10; i++) {
                    transaction.executeWithoutResult(status ->
                            audit.append(authority, actor, AuditRecord.allowed("PERSON_VIEWED", List.of())));
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        ChainVerification result = audit.verify(authority);
        assertThat(result.valid()).as("%s", result.broken()).isTrue();
        assertThat(result.entries()).isEqualTo(40);
    }

    @Test
    void theVerifierAndTheLogAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(users.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/verify").with(users.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("subject", UUID.randomUUID().toString()).with(users.as("social.worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/audit").with(users.as("front.door"))).andExpect(status().isForbidden());
    }
}
