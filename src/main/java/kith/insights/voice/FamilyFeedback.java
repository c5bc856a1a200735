package kith.insights.voice;

import java.time.LocalDate;
import java.util.UUID;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's side: whoever holds a link may answer once, with no account. The answer is stored with its month
 * and nothing else (no invitation, child or practitioner), so nothing in it leads back to the family. Nothing here
 * is audited: the audit trail records each request's address, and the address holds the link's secret.
 */
@Service
public class FamilyFeedback {

    /** The link was answered already, or is unknown or expired: nothing was saved. */
    public static final class LinkNotOpen extends RuntimeException {

        private final LinkState state;

        LinkNotOpen(LinkState state) {
            super("The feedback link is " + state);
            this.state = state;
        }

        public LinkState state() {
            return state;
        }
    }

    private final Invitations invitations;
    private final JdbcClient jdbc;
    private final Today today;

    FamilyFeedback(Invitations invitations, JdbcClient jdbc, Today today) {
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Where the link with this token stands. */
    @Transactional(readOnly = true)
    public LinkState linkState(String token) {
        return FeedbackTokens.wellFormed(token) ? invitations.stateOf(FeedbackTokens.hash(token)) : LinkState.UNKNOWN;
    }

    /**
     * Saves the family's answers and uses the link up. A link that is not open is refused before the answers are
     * read ({@link LinkNotOpen}); unanswered questions are refused with nothing saved and the link still open.
     */
    @Transactional
    public void answer(String token, Answers answers) {
        LinkState state = linkState(token);
        if (state != LinkState.OPEN) {
            throw new LinkNotOpen(state);
        }
        answers.checkAnswers(Question.FAMILY);
        if (!invitations.use(FeedbackTokens.hash(token))) {
            throw new LinkNotOpen(LinkState.USED); // another answer with the same link got there first
        }
        jdbc.sql("""
                        INSERT INTO family_feedback (id, month, listened, explained, better, free_text)
                        VALUES (:id, :month, :listened, :explained, :better, :text)""")
                .param("id", UUID.randomUUID())
                .param("month", monthOf(today.date()))
                .param("listened", answers.score(Question.LISTENED))
                .param("explained", answers.score(Question.EXPLAINED))
                .param("better", answers.score(Question.BETTER))
                .param("text", answers.freeText())
                .update();
    }

    static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
