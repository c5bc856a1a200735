package kith.insights.voice;

import java.util.List;

/**
 * A statement people say how much they agree with: the family's three and the staff pulse survey's three. The field
 * is the form's and the column's name.
 */
public enum Question {
    LISTENED("listened", "I felt listened to", "Select how much you agree that you felt listened to"),
    EXPLAINED("explained", "Things were explained in a way I understood",
            "Select how much you agree that things were explained in a way you understood"),
    BETTER("better", "The help has made things better for my family",
            "Select how much you agree that the help has made things better for your family"),
    CONFIDENCE("confidence", "I feel confident in my work with families",
            "Select how much you agree that you feel confident in your work with families"),
    WORKLOAD("workload", "My workload is manageable", "Select how much you agree that your workload is manageable"),
    SUPPORTED("supported", "I feel supported by my manager and team",
            "Select how much you agree that you feel supported by your manager and team");

    /** The family's questions, in the order of their page. */
    public static final List<Question> FAMILY = List.of(LISTENED, EXPLAINED, BETTER);

    /** The staff pulse survey's questions, in the order of its page. */
    public static final List<Question> STAFF = List.of(CONFIDENCE, WORKLOAD, SUPPORTED);

    /** The longest free text kept, in characters. */
    public static final int FREE_TEXT_LIMIT = 1000;

    private final String field;
    private final String statement;
    private final String missing;

    Question(String field, String statement, String missing) {
        this.field = field;
        this.statement = statement;
        this.missing = missing;
    }

    public String field() {
        return field;
    }

    public String statement() {
        return statement;
    }

    /** The error beside the question when it is not answered. */
    public String missing() {
        return missing;
    }
}
