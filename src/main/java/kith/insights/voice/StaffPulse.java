package kith.insights.voice;

import java.time.LocalDate;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pulse survey: confidence, workload and feeling supported, once a month per person. The answers are kept
 * without the person; a separate row records only that they answered this month, which is how a second answer in the
 * month is refused.
 */
@Service
public class StaffPulse {

    /** The field a refusal for having answered already is shown at. */
    public static final String ALREADY = Question.CONFIDENCE.field();

    private final RecordAccess access;
    private final JdbcClient jdbc;
    private final Today today;

    StaffPulse(RecordAccess access, JdbcClient jdbc, Today today) {
        this.access = access;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Whether the current user has answered this month's survey (the survey is for staff working with families). */
    @Transactional(readOnly = true)
    public boolean answeredThisMonth() {
        access.check(Permission.TAKE_PULSE_SURVEY);
        return jdbc.sql("SELECT count(*) FROM staff_pulse_taken WHERE username = :username AND month = :month")
                        .param("username", username())
                        .param("month", FamilyFeedback.monthOf(today.date()))
                        .query(Long.class)
                        .single() > 0;
    }

    /** Saves this month's answers, or refuses (nothing saved) when they are incomplete or the user answered already. */
    @Transactional
    public void answer(Answers answers) {
        access.check(Permission.TAKE_PULSE_SURVEY);
        answers.checkAnswers(Question.STAFF);
        LocalDate month = FamilyFeedback.monthOf(today.date());
        int first = jdbc.sql("""
                        INSERT INTO staff_pulse_taken (username, month) VALUES (:username, :month)
                        ON CONFLICT DO NOTHING""")
                .param("username", username())
                .param("month", month)
                .update();
        if (first == 0) {
            throw new InvalidInput(ALREADY, "You have already answered this month’s survey. You can answer again next month");
        }
        jdbc.sql("""
                        INSERT INTO staff_pulse (id, month, confidence, workload, supported, free_text)
                        VALUES (:id, :month, :confidence, :workload, :supported, :text)""")
                .param("id", UUID.randomUUID())
                .param("month", month)
                .param("confidence", answers.score(Question.CONFIDENCE))
                .param("workload", answers.score(Question.WORKLOAD))
                .param("supported", answers.score(Question.SUPPORTED))
                .param("text", answers.freeText())
                .update();
    }

    private static String username() {
        return Actors.current().map(actor -> actor.username()).orElseThrow();
    }
}
