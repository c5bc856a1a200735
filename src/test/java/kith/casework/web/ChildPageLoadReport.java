package kith.casework.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kith.casework.CaseHistoryLoader;
import kith.casework.web.ChildPageLoad.Endpoint;
import kith.casework.web.ChildPageLoad.Run;
import kith.casework.web.ChildPageLoad.Summary;
import kith.people.SyntheticPeopleLoader;
import kith.support.BenchmarkEnvironment;
import kith.support.Wrk;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plain-text record of a load run of the child's page: the figures of both endpoints and their ratio,
 * with what they depend on (machine, data, how the chronologies are spread, the load) and the plans of the
 * page's reads, so that runs can be compared.
 */
final class ChildPageLoadReport {

    /**
     * What was measured and how: the tool's version, the loads, the children asked for, and the Thymeleaf
     * settings the page was rendered with (a run may override them to compare).
     */
    record Setup(String wrkVersion, Wrk.Load warmUp, Wrk.Load measured, List<UUID> children, String rendering) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ChildPageLoadReport(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String text(SyntheticPeopleLoader.Load people, CaseHistoryLoader.Load histories, Setup setup, List<Run> runs,
            double ratio, List<String> statements, String plans) {
        Summary page = Summary.of(Endpoint.PAGE, runs);
        Summary bare = Summary.of(Endpoint.BARE, runs);
        return String.format(Locale.UK, """
                The child's page under load, beside the same SQL rendering nothing: latest run
                ==============================================================================
                %s
                People:      %,d in person (%s); load %s
                Chronology:  %s
                Family Help: %s
                History load: %s
                Sizes:       %s

                Asked for:   %,d children with open Family Help, in random order, round and round; %s
                Tool:        %s, script src/test/resources/wrk/rotating-get.lua, over loopback,
                             one signed-in social.worker session per wrk thread (session cookie, no Basic)
                Rendering:   %s
                Warm-up:     each endpoint %s, not recorded
                Measured:    each run %s, in the order bare, page, page, bare

                run  endpoint         requests   req/s   p50 ms   p95 ms   p99 ms   max ms  bytes/req  CPU ms/req: Kith  PostgreSQL  machine busy  audited  errors
                %s
                Child's page:   %,.0f req/s, p95 %.2f ms (worse run), p50 %.2f ms; CPU per request %.2f ms (Kith %.2f, PostgreSQL %.2f)
                Bare endpoint:  %,.0f req/s, p95 %.2f ms (worse run), p50 %.2f ms; CPU per request %.2f ms (Kith %.2f, PostgreSQL %.2f)
                Ratio:          %.2f of the bare endpoint's throughput (target: at least 0.50)
                By CPU:         %.2f (the bare endpoint's CPU per request over the page's: the ratio on a machine with
                                nothing else to do and a load generator that cost nothing)

                Statements of one request (the same list for both endpoints):
                %s
                Plans of the reads, for the child asked for with the most entries (EXPLAIN ANALYZE, BUFFERS):
                %s""",
                BenchmarkEnvironment.describe(jdbc, clock),
                people.people(), children(), people.added() == 0 ? "loaded earlier in this run"
                        : String.format(Locale.UK, "%,d from SyntheticPeople seed %d in %.1f s", people.added(),
                                SyntheticPeopleLoader.SEED, people.took().toMillis() / 1000.0),
                chronology(), familyHelp(),
                histories.added() == 0 ? "loaded earlier in this run"
                        : String.format(Locale.UK, "%,d entries from SyntheticCaseHistories seed %d in %.1f s (COPY, then VACUUM ANALYZE)",
                                histories.added(), CaseHistoryLoader.SEED, histories.took().toMillis() / 1000.0),
                sizes(),
                setup.children().size(), shown(setup.children()),
                setup.wrkVersion(), setup.rendering(), setup.warmUp().describe(), setup.measured().describe(),
                rows(runs),
                page.perSecond(), page.p95(), page.p50(), page.cpuMillisPerRequest(), page.appCpuMillisPerRequest(),
                page.postgresCpuMillisPerRequest(),
                bare.perSecond(), bare.p95(), bare.p50(), bare.cpuMillisPerRequest(), bare.appCpuMillisPerRequest(),
                bare.postgresCpuMillisPerRequest(),
                ratio, bare.cpuMillisPerRequest() / page.cpuMillisPerRequest(),
                String.join("\n", statements.stream().map(sql -> "  " + sql.replaceAll("\\s+", " ")).toList()),
                plans);
    }

    private static String rows(List<Run> runs) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Wrk.Figures f = run.figures();
            rows.append(String.format(Locale.UK,
                    "%-4d %-15s %,9d %7.0f %8.2f %8.2f %8.2f %8.1f %10d %17.2f %11.2f %12.0f%% %8d %7d%n",
                    i + 1, run.endpoint().label, f.requests(), f.perSecond(), f.p50(), f.p95(), f.p99(), f.max(),
                    f.bytes() / Math.max(1, f.requests()), run.appCpuMillisPerRequest(),
                    run.postgresCpuMillisPerRequest(), 100 * run.machineBusy(), run.audited(), f.errors()));
        }
        return rows.toString().stripTrailing();
    }

    private String children() {
        return jdbc.sql("SELECT to_char(count(*), 'FM9,999,999') || ' children' FROM person WHERE kind = 'CHILD'")
                .query(String.class).single();
    }

    private String chronology() {
        return jdbc.sql("""
                        SELECT to_char(sum(n), 'FM9,999,999') || ' entries for ' || to_char(count(*), 'FM9,999,999')
                          || ' children: ' || round(avg(n), 1) || ' on average, median '
                          || percentile_disc(0.5) WITHIN GROUP (ORDER BY n) || ', most ' || max(n) || '; '
                          || to_char(count(*) FILTER (WHERE n >= 20), 'FM9,999,999') || ' with 20 or more, '
                          || to_char(count(*) FILTER (WHERE n >= 100), 'FM9,999,999') || ' with 100 or more'
                        FROM (SELECT count(*) AS n FROM chronology_entry GROUP BY child_id) c""")
                .query(String.class).single();
    }

    private String familyHelp() {
        return jdbc.sql("""
                        SELECT to_char(count(*), 'FM9,999,999') || ' episodes ('
                          || to_char(count(*) FILTER (WHERE closed_on IS NULL), 'FM9,999,999') || ' open), '
                          || (SELECT to_char(count(*), 'FM9,999,999') FROM assessment) || ' assessments, '
                          || (SELECT to_char(count(*), 'FM9,999,999') FROM family_plan) || ' family plans with '
                          || (SELECT to_char(count(*), 'FM9,999,999') FROM plan_goal) || ' goals'
                        FROM family_help_episode""")
                .query(String.class).single();
    }

    private String sizes() {
        return jdbc.sql("""
                        SELECT 'chronology_entry ' || pg_size_pretty(pg_relation_size('chronology_entry')) || '; '
                          || string_agg(c.relname || ' ' || pg_size_pretty(pg_relation_size(c.oid)), ', ' ORDER BY c.relname)
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                        WHERE i.indrelid = 'chronology_entry'::regclass""")
                .query(String.class).single();
    }

    /** How full the pages asked for are: the page shows at most 20 entries. */
    private String shown(List<UUID> children) {
        return jdbc.sql("""
                        SELECT to_char(100.0 * count(*) FILTER (WHERE n >= :latest) / :asked, 'FM990.0')
                          || '% have a full page of ' || :latest || ' entries, ' || round(sum(least(n, :latest))::numeric / :asked, 1)
                          || ' shown on average'
                        FROM (SELECT count(*) AS n FROM chronology_entry WHERE child_id = ANY(:children) GROUP BY child_id) c""")
                .param("latest", ChildPage.LATEST)
                .param("asked", children.size())
                .param("children", children.toArray(UUID[]::new))
                .query(String.class).single();
    }
}
