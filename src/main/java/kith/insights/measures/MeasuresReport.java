package kith.insights.measures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.PrimaryNeed;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.people.Ethnicity;
import kith.people.Sex;
import kith.shared.AccessRefused;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures by month, read only from insights' own read models (never another module's tables), a fixed number
 * of statements whatever the data. Who sees what: the whole authority's figures, sliced as they like, for performance
 * analysts (senior leaders' figures come from them) and team managers, who make the returns and run teams; a
 * practitioner's own and their team's timeliness for the council's practitioners and managers, never another team's.
 * Nothing names a child: every figure is a count.
 */
@Service
public class MeasuresReport {

    /** A measure's months (oldest first, every month of the period, zero where nothing happened) and its total. */
    public record Series(Measure measure, List<Figure> months, Figure total) {}

    /** Children offered and with a meeting held, at one stage of family group decision making, over the period. */
    public record StageRow(String stage, long offered, long held) {}

    /** One practitioner's open cases now. */
    public record Caseload(String practitioner, String team, long familyHelp, long childProtection) {
        public long total() {
            return familyHelp + childProtection;
        }
    }

    /** Open cases per practitioner now: Family Help episodes they lead and child protection plans they hold. */
    public record OpenCases(List<Caseload> practitioners, long unallocated) {
        public long cases() {
            return practitioners.stream().mapToLong(Caseload::total).sum();
        }

        /** The mean, to one decimal place, or null with no practitioners. */
        public Double average() {
            return practitioners.isEmpty() ? null : Math.round(10.0 * cases() / practitioners.size()) / 10.0;
        }

        public long most() {
            return practitioners.stream().mapToLong(Caseload::total).max().orElse(0);
        }
    }

    /** A value of a dimension that the slicing form offers, with its label. */
    public record Option(Dimension dimension, String value, String label) {}

    public record Report(YearMonth from, YearMonth to, Slice slice, List<Series> series, List<StageRow> fgdmByStage,
            OpenCases openCases) {

        public Series of(Measure measure) {
            return series.stream().filter(s -> s.measure() == measure).findFirst().orElseThrow();
        }
    }

    /** A row of my work: my figure and my team's, over the period. */
    public record MyRow(Measure measure, Figure mine, Figure team) {}

    public record MyWork(YearMonth from, YearMonth to, String teamName, List<MyRow> rows, long myOpenCases,
            long teamOpenCases) {}

    /** What "my work" shows: the timeliness a practitioner answers for. */
    static final List<Measure> MY_MEASURES = List.of(Measure.ASSESSMENTS_ON_TIME, Measure.VISITS_ON_TIME,
            Measure.INITIAL_CONFERENCES_ON_TIME, Measure.REVIEW_CONFERENCES_ON_TIME);

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final PartnershipDirectory partnership;
    private final Today today;

    MeasuresReport(JdbcClient jdbc, RecordAccess access, AuditTrail audit, PartnershipDirectory partnership,
            Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.partnership = partnership;
        this.today = today;
    }

    /** The twelve months to this one. */
    public YearMonth lastMonth() {
        return YearMonth.from(today.date());
    }

    /** Refuses (and audits) anyone but performance analysts and team managers. */
    public void checkMaySeeTheAuthority() {
        if (!access.holds(Permission.SEE_MEASURES) && !access.holds(Permission.MAKE_RETURNS)) {
            access.check(Permission.SEE_MEASURES);
        }
    }

    /** Every measure by month from {@code from} to {@code to}, restricted to the slice. */
    @Transactional(readOnly = true)
    public Report report(Slice slice, YearMonth from, YearMonth to) {
        checkMaySeeTheAuthority();
        List<Series> series = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            series.add(series(measure, slice, from, to, null, null));
        }
        return new Report(from, to, slice, series, byStage(slice, from, to), openCases());
    }

    /** The values each dimension has in the read models, for the slicing form. */
    @Transactional(readOnly = true)
    public List<Option> options() {
        checkMaySeeTheAuthority();
        List<Option> options = new ArrayList<>();
        jdbc.sql("""
                        SELECT 'TEAM' AS d, team_id::text AS v, max(team_name) AS label FROM measure_fact
                          WHERE team_id IS NOT NULL GROUP BY team_id
                        UNION ALL SELECT 'AGENCY', agency_name, agency_name FROM measure_fact
                          WHERE agency_name IS NOT NULL GROUP BY agency_name
                        UNION ALL SELECT 'AGE_BAND', age_band, age_band FROM measure_fact
                          WHERE age_band IS NOT NULL GROUP BY age_band
                        UNION ALL SELECT 'SEX', sex, sex FROM measure_fact WHERE sex IS NOT NULL GROUP BY sex
                        UNION ALL SELECT 'ETHNICITY', ethnicity, ethnicity FROM measure_fact
                          WHERE ethnicity IS NOT NULL GROUP BY ethnicity
                        UNION ALL SELECT 'DISABILITY', disability, disability FROM measure_fact
                          WHERE disability IS NOT NULL GROUP BY disability
                        UNION ALL SELECT 'PRIMARY_NEED', primary_need, primary_need FROM measure_fact
                          WHERE primary_need IS NOT NULL GROUP BY primary_need
                        UNION ALL SELECT 'STAGE', stage, stage FROM measure_fact
                          WHERE stage IS NOT NULL AND kind IN ('FGDM_OFFERED', 'FGDM_HELD', 'KINSHIP') GROUP BY stage
                        ORDER BY 1, 3""")
                .query((rs, n) -> {
                    Dimension d = Dimension.valueOf(rs.getString("d"));
                    String value = rs.getString("v");
                    return new Option(d, value, label(d, value, rs.getString("label")));
                })
                .list()
                .forEach(options::add);
        return options;
    }

    /**
     * My timeliness and my team's, over the twelve months to this one, for the council's practitioners and managers.
     * Only the signed-in practitioner's own figures and their own team's: there is no way to ask for another's.
     */
    @Transactional(readOnly = true)
    public MyWork myWork() {
        access.check(Permission.WORK_CHILD_PROTECTION);
        UUID me = access.currentPractitioner();
        if (me == null) {
            audit.record(AuditRecord.refused("MEASURES_REFUSED", List.of(), "No practitioner record"));
            throw new AccessRefused("Only practitioners have their own figures");
        }
        PractitionerView practitioner = partnership.practitioner(me).orElseThrow(
                () -> new AccessRefused("Only practitioners have their own figures"));
        YearMonth to = lastMonth();
        YearMonth from = to.minusMonths(11);
        List<MyRow> rows = new ArrayList<>();
        for (Measure measure : MY_MEASURES) {
            Figure mine = series(measure, Slice.ALL, from, to, "f.practitioner_id = :who", me).total();
            Figure team = practitioner.teamId() == null ? null
                    : series(measure, Slice.ALL, from, to, "f.team_id = :who", practitioner.teamId()).total();
            rows.add(new MyRow(measure, mine, team));
        }
        long mine = jdbc.sql("SELECT count(*) FROM measure_open_case WHERE practitioner_id = :me").param("me", me)
                .query(Long.class).single();
        long team = practitioner.teamId() == null ? mine
                : jdbc.sql("SELECT count(*) FROM measure_open_case WHERE team_id = :team")
                        .param("team", practitioner.teamId()).query(Long.class).single();
        return new MyWork(from, to, practitioner.teamName(), rows, mine, team);
    }

    private Series series(Measure measure, Slice slice, YearMonth from, YearMonth to, String who, UUID whoId) {
        String den = measure.denominator();
        String num = measure.numerator();
        String sql = "SELECT to_char(f.occurred_on, 'YYYY-MM') AS month,"
                + " count(*) FILTER (WHERE (" + den + ") AND (" + num + ")) AS numerator,"
                + " count(*) FILTER (WHERE " + den + ") AS denominator,"
                + " sum(f.amount_pence) FILTER (WHERE " + den + ") AS pence"
                + " FROM measure_fact f WHERE f.kind IN (" + measure.kinds() + ")"
                + " AND f.occurred_on BETWEEN :first AND :last"
                + (slice.all() ? "" : " AND f." + slice.dimension().column() + "::text = :value")
                + (who == null ? "" : " AND " + who)
                + " GROUP BY 1";
        var statement = jdbc.sql(sql).param("first", from.atDay(1)).param("last", to.atEndOfMonth())
                .param("today", today.date());
        if (!slice.all()) {
            statement = statement.param("value", slice.value());
        }
        if (who != null) {
            statement = statement.param("who", whoId);
        }
        Map<YearMonth, Figure> found = new HashMap<>();
        statement.query((rs, n) -> {
            YearMonth month = YearMonth.parse(rs.getString("month"));
            long pence = rs.getLong("pence");
            Long money = rs.wasNull() ? null : pence;
            return new Figure(month, rs.getLong("numerator"), measure.rate() ? rs.getLong("denominator") : null, money);
        }).list().forEach(f -> found.put(f.month(), f));
        List<Figure> months = new ArrayList<>();
        long numerator = 0;
        long denominator = 0;
        Long pence = null;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Figure figure = found.getOrDefault(month, new Figure(month, 0, measure.rate() ? 0L : null, null));
            months.add(figure);
            numerator += figure.numerator();
            denominator += figure.denominator() == null ? 0 : figure.denominator();
            if (figure.pence() != null) {
                pence = (pence == null ? 0 : pence) + figure.pence();
            }
        }
        return new Series(measure, months, new Figure(null, numerator, measure.rate() ? denominator : null,
                measure == Measure.SUPPORT_PACKAGES ? (pence == null ? 0L : pence) : null));
    }

    private List<StageRow> byStage(Slice slice, YearMonth from, YearMonth to) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (String stage : List.of("FAMILY_HELP", "CHILD_PROTECTION", "PRE_PROCEEDINGS")) {
            rows.put(stage, new long[2]);
        }
        var statement = jdbc.sql("""
                        SELECT f.stage, count(*) FILTER (WHERE f.kind = 'FGDM_OFFERED') AS offered,
                          count(*) FILTER (WHERE f.kind = 'FGDM_HELD') AS held
                        FROM measure_fact f WHERE f.kind IN ('FGDM_OFFERED', 'FGDM_HELD') AND f.stage IS NOT NULL
                          AND f.occurred_on BETWEEN :first AND :last"""
                        + (slice.all() ? "" : " AND f." + slice.dimension().column() + "::text = :value")
                        + " GROUP BY f.stage")
                .param("first", from.atDay(1)).param("last", to.atEndOfMonth());
        if (!slice.all()) {
            statement = statement.param("value", slice.value());
        }
        statement.query(rs -> {
            rows.computeIfAbsent(rs.getString("stage"), s -> new long[2]);
            rows.get(rs.getString("stage"))[0] = rs.getLong("offered");
            rows.get(rs.getString("stage"))[1] = rs.getLong("held");
        });
        return rows.entrySet().stream().map(e -> new StageRow(stageLabel(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private OpenCases openCases() {
        record Row(UUID practitioner, long familyHelp, long childProtection) {}
        List<Row> rows = jdbc.sql("""
                        SELECT practitioner_id, count(*) FILTER (WHERE kind = 'FAMILY_HELP') AS fh,
                          count(*) FILTER (WHERE kind = 'CHILD_PROTECTION') AS cp
                        FROM measure_open_case GROUP BY practitioner_id""")
                .query((rs, n) -> new Row(rs.getObject("practitioner_id", UUID.class), rs.getLong("fh"), rs.getLong("cp")))
                .list();
        long unallocated = rows.stream().filter(r -> r.practitioner() == null)
                .mapToLong(r -> r.familyHelp() + r.childProtection()).sum();
        Map<UUID, PractitionerView> who = new HashMap<>();
        partnership.practitioners(rows.stream().map(Row::practitioner).filter(p -> p != null).toList())
                .forEach(p -> who.put(p.id(), p));
        List<Caseload> caseloads = rows.stream().filter(r -> r.practitioner() != null).map(r -> {
            PractitionerView p = who.get(r.practitioner());
            return new Caseload(p == null ? "Unknown practitioner" : p.fullName(),
                    p == null || p.teamName() == null ? "No team" : p.teamName(), r.familyHelp(), r.childProtection());
        }).sorted((a, b) -> Long.compare(b.total(), a.total())).toList();
        return new OpenCases(caseloads, unallocated);
    }

    static String stageLabel(String stage) {
        return switch (stage) {
            case "FAMILY_HELP" -> "Family help";
            case "CHILD_PROTECTION" -> "Child protection";
            case "PRE_PROCEEDINGS" -> "Pre-proceedings";
            default -> stage;
        };
    }

    private static String label(Dimension dimension, String value, String label) {
        return switch (dimension) {
            case SEX -> Sex.fromCode(value).map(Sex::label).orElse(value);
            case ETHNICITY -> Ethnicity.fromCode(value).map(Ethnicity::label).orElse(value);
            case DISABILITY -> "ANY".equals(value) ? "Any disability" : "No disability";
            case STAGE -> stageLabel(value).replace('_', ' ');
            case PRIMARY_NEED -> PrimaryNeed.fromCode(value).map(PrimaryNeed::label).orElse(value);
            default -> label;
        };
    }
}
