package kith.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import kith.KithTest;
import kith.casework.CaseHistoryLoader;
import kith.casework.web.ChildPageLoad.Endpoint;
import kith.casework.web.ChildPageLoad.Run;
import kith.casework.web.ChildPageLoad.Summary;
import kith.people.SyntheticPeopleLoader;
import kith.support.PostgresCpu;
import kith.support.StatementCounter;
import kith.support.StatementCounter.Executed;
import kith.support.Users;
import kith.support.Wrk;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The acceptance test of the child's page at scale (issue 4): in a generated large authority (500,000 people,
 * 2,000,000 chronology entries), the page serves at least half the requests per second of a bare endpoint that
 * runs the same SQL in the same run and renders nothing. Heavy (about six minutes on two quiet cores, a third of it
 * loading), so it runs only with {@code ./mvnw -Pbenchmark verify}; it needs wrk (Debian) and overwrites
 * {@code docs/benchmarks/child-page-load-latest.txt}. Its own property switches the bare endpoint on, so it has
 * a Spring context (and PostgreSQL) of its own.
 */
@KithTest
@Tag("benchmark")
@TestPropertySource(properties = "kith.benchmark.bare-child-page=true")
class ChildPageLoadTests {

    static final int PEOPLE = 500_000;
    static final int CHRONOLOGY_ENTRIES = 2_000_000;
    static final int CHILDREN_ASKED_FOR = 10_000;
    static final Wrk.Load WARM_UP = new Wrk.Load(2, 8, Duration.ofSeconds(45));
    static final Wrk.Load MEASURED = new Wrk.Load(2, 8, Duration.ofSeconds(30));
    static final double TARGET_RATIO = 0.5;
    static final Path LATEST = Path.of("docs", "benchmarks", "child-page-load-latest.txt");

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired StatementCounter statements;
    @Autowired Environment environment;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void theChildsPageServesAtLeastHalfTheRequestsOfTheSameSqlRenderingNothing() throws Exception {
        Wrk wrk = Wrk.installed(); // before the load, so that a missing wrk fails in seconds
        LocalDate today = LocalDate.now(clock);
        var people = new SyntheticPeopleLoader(dataSource, owner).ensure(PEOPLE, today);
        var histories = new CaseHistoryLoader(dataSource, owner).ensure(CHRONOLOGY_ENTRIES, today);
        List<UUID> children = childrenWithOpenFamilyHelp();

        UUID busiest = busiest(children);
        List<Executed> page = statementsOf(Endpoint.PAGE, busiest);
        List<Executed> bare = statementsOf(Endpoint.BARE, busiest);
        assertThat(sql(bare)).as("the bare endpoint runs the page's SQL").isEqualTo(sql(page)).hasSize(6);
        String plans = plans(page);

        List<Run> runs = new ChildPageLoad(wrk, "http://127.0.0.1:" + port, Path.of("target", "child-page-load"),
                children, this::viewsAudited, PostgresCpu.of(owner)).run(WARM_UP, MEASURED);
        double ratio = Summary.of(Endpoint.PAGE, runs).perSecond() / Summary.of(Endpoint.BARE, runs).perSecond();

        var setup = new ChildPageLoadReport.Setup(wrk.version(), WARM_UP, MEASURED, children, rendering());
        String report = new ChildPageLoadReport(jdbc, clock).text(people, histories, setup, runs, ratio, sql(page), plans);
        Files.createDirectories(LATEST.getParent());
        Files.writeString(LATEST, report);
        System.out.println(report);

        for (Run run : runs) {
            String which = run.endpoint().label + " run";
            assertThat(run.figures().errors()).as(which + ": errors").isZero();
            // A request wrk counts was audited before it was answered; requests still in flight when wrk stops
            // (this run's or the one before's) are audited but not counted.
            assertThat(run.audited()).as(which + ": one audit entry per request, so each did the work")
                    .isBetween(run.figures().requests(), run.figures().requests() + 2L * MEASURED.connections());
        }
        assertThat(ratio).as("the page's share of the bare endpoint's requests per second").isGreaterThanOrEqualTo(TARGET_RATIO);
    }

    /** Children with open Family Help (whose pages practitioners open), in an order random but repeatable. */
    private List<UUID> childrenWithOpenFamilyHelp() {
        List<UUID> open = new ArrayList<>(jdbc.sql("""
                        SELECT m.person_id FROM episode_member m JOIN family_help_episode e ON e.id = m.episode_id
                        WHERE e.closed_on IS NULL AND m.child ORDER BY m.person_id""")
                .query(UUID.class).list());
        Collections.shuffle(open, new Random(42));
        assertThat(open).as("children with open Family Help").hasSizeGreaterThanOrEqualTo(CHILDREN_ASKED_FOR);
        return open.subList(0, CHILDREN_ASKED_FOR);
    }

    private UUID busiest(List<UUID> children) {
        return jdbc.sql("""
                        SELECT child_id FROM chronology_entry WHERE child_id = ANY(:children)
                        GROUP BY child_id ORDER BY count(*) DESC, child_id LIMIT 1""")
                .param("children", children.toArray(UUID[]::new))
                .query(UUID.class).single();
    }

    /** The statements one request runs, with their parameters, caught on their way to the database. */
    private List<Executed> statementsOf(Endpoint endpoint, UUID child) throws Exception {
        var request = get(endpoint.path + child).with(users.as("social.worker"));
        statements.start();
        int status;
        List<Executed> executed;
        try {
            status = mvc.perform(request).andReturn().getResponse().getStatus();
        } finally {
            executed = statements.stopWithParameters();
        }
        assertThat(status).as(endpoint.label).isEqualTo(endpoint == Endpoint.PAGE ? 200 : 204);
        return executed;
    }

    private static List<String> sql(List<Executed> executed) {
        return executed.stream().map(Executed::sql).toList();
    }

    /** The plans of the page's reads (the audit insert is left out: explaining it would write an entry). */
    private String plans(List<Executed> executed) throws Exception {
        StringBuilder plans = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            for (Executed statement : executed) {
                if (statement.sql().stripLeading().toUpperCase().startsWith("SELECT")) {
                    plans.append(statement.sql().replaceAll("\\s+", " ").strip()).append('\n')
                            .append(statement.explainAnalyze(connection)).append('\n');
                }
            }
        }
        return plans.toString();
    }

    /** The Thymeleaf settings that change the cost of rendering (docs/benchmarks/child-page-load.md). */
    private String rendering() {
        return "spring.thymeleaf.enable-spring-el-compiler=" + environment.getProperty("spring.thymeleaf.enable-spring-el-compiler")
                + ", spring.thymeleaf.servlet.produce-partial-output-while-processing="
                + environment.getProperty("spring.thymeleaf.servlet.produce-partial-output-while-processing");
    }

    private long viewsAudited() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'PERSON_VIEWED'").query(Long.class).single();
    }
}
