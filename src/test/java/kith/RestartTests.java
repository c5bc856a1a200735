package kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kith.access.UserAccounts;
import kith.people.PeopleSearch;
import kith.people.PersonManagement;
import kith.people.SearchCriteria;
import kith.support.PersonMother;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A person created in Kith survives a restart on the same data folder, and demo data is not written twice. */
class RestartTests {

    // The audit key and checkpoints beside the data, as in ./data; only shutdown signs a checkpoint here.
    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(KithApplication.class)
                .run("--kith.db.embedded.data-directory=" + data, "--server.port=0", "--logging.level.root=warn",
                        "--kith.audit.key-file=" + data.resolveSibling("audit.key"), "--kith.audit.checkpoint-interval=1h",
                        "--kith.demo-year=false");
    }

    @Test
    void aPersonCreatedSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("kith-restart").resolve("postgres");
        String nhs = PersonMother.uniqueNhsNumber();
        UUID id;
        long people;
        long auditHead;
        try (ConfigurableApplicationContext first = start(data)) {
            var user = first.getBean(UserAccounts.class).loadUserByUsername("social.worker");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            id = first.getBean(PersonManagement.class).create(PersonMother.child().withNhsNumber(nhs).details()).id();
            people = first.getBean(JdbcClient.class).sql("SELECT count(*) FROM person").query(Long.class).single();
            auditHead = first.getBean(JdbcClient.class).sql("SELECT position FROM audit_chain_head WHERE authority = '999'")
                    .query(Long.class).single();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(Files.readAllLines(data.resolveSibling("audit-checkpoints.log")))
                .as("the chain head signed at shutdown")
                .anySatisfy(line -> assertThat(Long.parseLong(line.split("\t")[1])).isGreaterThanOrEqualTo(auditHead));
        try (ConfigurableApplicationContext second = start(data)) {
            var user = second.getBean(UserAccounts.class).loadUserByUsername("social.worker");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            var found = second.getBean(PeopleSearch.class).search(new SearchCriteria(null, null, nhs));
            SecurityContextHolder.clearContext();
            assertThat(found).extracting(summary -> summary.id()).containsExactly(id);
            assertThat(second.getBean(JdbcClient.class).sql("SELECT count(*) FROM person").query(Long.class).single())
                    .isEqualTo(people);
            assertThat(second.getBean(kith.audit.AuditTrail.class).verify().valid()).isTrue();
        }
    }
}
