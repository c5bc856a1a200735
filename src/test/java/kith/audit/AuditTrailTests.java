package kith.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kith.KithTest;
import kith.shared.Actor;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@KithTest
class AuditTrailTests {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MockMvc mvc;
    @Autowired Users users;

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
    void anIntactChainVerifies() {
        String authority = chainOf(5);
        assertThat(audit.verify(authority)).isEqualTo(new ChainVerification(true, 5, null));
    }

    @Test
    void changingOneRowInTheDatabaseIsReportedAtThatEntry() throws Exception {
        String authority = chainOf(6);
        // Only a superuser bypassing triggers can do this: exactly the tampering the chain exists to reveal.
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.executeUpdate("UPDATE audit_entry SET username = 'someone.else' WHERE authority = '"
                    + authority + "' AND position = 4");
        }
        ChainVerification result = audit.verify(authority);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(4L);
        assertThat(result.entries()).isEqualTo(6);
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
        assertThat(audit.verify(authority)).isEqualTo(new ChainVerification(true, 40, null));
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
