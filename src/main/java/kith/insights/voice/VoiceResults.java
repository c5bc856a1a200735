package kith.insights.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What families and staff said, month by month: the number of answers and the average of each question, families and
 * staff apart, for team managers and performance analysts (and the dashboards). The figures may be shared, so a
 * count of 1 to 5 is suppressed ("c") and its averages withheld, here rather than by each page. Nothing in them names
 * a child, family, episode or practitioner: the answers hold none. What people wrote is for managers only.
 */
@Service
public class VoiceResults {

    /** How many months back the figures go, this month included. */
    public static final int MONTHS = 12;

    /**
     * One month's answers from families or from staff. {@code responses} is null when suppressed (1 to 5 answers);
     * {@code averages} (1 to 5, to one decimal place) is empty when suppressed or when nobody answered.
     */
    public record Figures(Integer responses, Map<Question, BigDecimal> averages) {

        /** The smallest count shown as it is (DfE and ONS practice: counts of 1 to 5 are suppressed). */
        public static final int SMALLEST_SHOWN = 6;

        public Figures {
            averages = averages.isEmpty() ? Map.of() : new EnumMap<>(averages);
        }

        static Figures of(long count, Map<Question, BigDecimal> averages) {
            if (count > 0 && count < SMALLEST_SHOWN) {
                return new Figures(null, Map.of());
            }
            return new Figures((int) count, count == 0 ? Map.of() : averages);
        }

        public boolean suppressed() {
            return responses == null;
        }

        /** The count as published: "c" when suppressed. */
        public String responsesShown() {
            return suppressed() ? "c" : String.valueOf(responses);
        }

        /** The average as published: "c" when suppressed, "No answers" when there were none. */
        public String averageShown(Question question) {
            if (suppressed()) {
                return "c";
            }
            BigDecimal average = averages.get(question);
            return average == null ? "No answers" : average.toPlainString();
        }
    }

    /** A month's figures. */
    public record Month(YearMonth month, Figures families, Figures staff) {}

    /** What someone wrote, with the month only. */
    public record Comment(YearMonth month, boolean fromAFamily, String text) {}

    private final RecordAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Today today;

    VoiceResults(RecordAccess access, AuditTrail audit, JdbcClient jdbc, Today today) {
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The last {@link #MONTHS} months, newest first (team managers and performance analysts). */
    @Transactional(readOnly = true)
    public List<Month> monthly() {
        access.check(Permission.SEE_VOICE);
        LocalDate from = firstMonth();
        Map<YearMonth, Figures> families = figures("""
                SELECT month, count(*) AS answers, avg(listened) AS a1, avg(explained) AS a2, avg(better) AS a3
                FROM family_feedback WHERE month >= :from GROUP BY month""", from, Question.FAMILY);
        Map<YearMonth, Figures> staff = figures("""
                SELECT month, count(*) AS answers, avg(confidence) AS a1, avg(workload) AS a2, avg(supported) AS a3
                FROM staff_pulse WHERE month >= :from GROUP BY month""", from, Question.STAFF);
        Figures none = Figures.of(0, Map.of());
        List<Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(today.date()); !month.isBefore(YearMonth.from(from)); month = month.minusMonths(1)) {
            months.add(new Month(month, families.getOrDefault(month, none), staff.getOrDefault(month, none)));
        }
        return months;
    }

    /** Whether the current user reads what people wrote (for showing it, not for deciding). */
    public boolean mayReadComments() {
        return access.holds(Permission.READ_VOICE_COMMENTS);
    }

    /** What families and staff wrote in the last {@link #MONTHS} months, newest month first: managers only, audited. */
    @Transactional
    public List<Comment> comments() {
        access.check(Permission.READ_VOICE_COMMENTS);
        List<Comment> comments = jdbc.sql("""
                        SELECT month, true AS family, free_text FROM family_feedback WHERE month >= :from AND free_text IS NOT NULL
                        UNION ALL
                        SELECT month, false, free_text FROM staff_pulse WHERE month >= :from AND free_text IS NOT NULL
                        ORDER BY month DESC, family DESC, free_text""")
                .param("from", firstMonth())
                .query((rs, n) -> new Comment(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getBoolean("family"), rs.getString("free_text")))
                .list();
        audit.record(AuditRecord.allowed("VOICE_COMMENTS_READ", List.of()).withDetail(comments.size() + " comments"));
        return comments;
    }

    private LocalDate firstMonth() {
        return FamilyFeedback.monthOf(today.date()).minusMonths(MONTHS - 1);
    }

    private Map<YearMonth, Figures> figures(String sql, LocalDate from, List<Question> questions) {
        Map<YearMonth, Figures> figures = new HashMap<>();
        jdbc.sql(sql).param("from", from).query((rs, n) -> {
            Map<Question, BigDecimal> averages = new EnumMap<>(Question.class);
            for (int i = 0; i < questions.size(); i++) {
                averages.put(questions.get(i), rs.getBigDecimal("a" + (i + 1)).setScale(1, RoundingMode.HALF_UP));
            }
            return Map.entry(YearMonth.from(rs.getObject("month", LocalDate.class)),
                    Figures.of(rs.getLong("answers"), averages));
        }).list().forEach(entry -> figures.put(entry.getKey(), entry.getValue()));
        return figures;
    }
}
