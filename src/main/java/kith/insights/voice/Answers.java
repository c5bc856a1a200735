package kith.insights.voice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kith.shared.InvalidInput;
import kith.shared.TextLimits;

/**
 * One person's answers to a set of questions, with what else they wanted to say. Every question must be answered;
 * the free text is optional and at most {@link Question#FREE_TEXT_LIMIT} characters.
 */
public record Answers(Map<Question, Agreement> scores, String freeText) {

    public static final String FREE_TEXT = "comments";

    public Answers {
        scores = scores.isEmpty() ? Map.of() : new EnumMap<>(scores);
        freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
    }

    /** Refuses, naming each problem's field, unless every one of {@code questions} is answered and the text fits. */
    void checkAnswers(List<Question> questions) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (Question question : questions) {
            if (scores.get(question) == null) {
                problems.add(new InvalidInput.Problem(question.field(), question.missing()));
            }
        }
        if (TextLimits.exceeds(freeText, Question.FREE_TEXT_LIMIT)) {
            problems.add(new InvalidInput.Problem(FREE_TEXT, "Your comments must be "
                    + TextLimits.shown(Question.FREE_TEXT_LIMIT) + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    int score(Question question) {
        return scores.get(question).score();
    }
}
