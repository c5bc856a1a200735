package kith.insights.voice.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kith.insights.voice.Agreement;
import kith.insights.voice.Answers;
import kith.insights.voice.Question;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;
import kith.shared.web.Option;

/** The answers to a survey as posted: the family's questions or the staff's, and what else they wrote. */
record SurveyForm(String listened, String explained, String better, String confidence, String workload,
        String supported, String comments) {

    static final FormFields FAMILY = FormFields.of("listened", "explained", "better", Answers.FREE_TEXT);
    static final FormFields STAFF = FormFields.of("confidence", "workload", "supported", Answers.FREE_TEXT);

    /** Every question's answers, most agreeing first. */
    static final List<Option> SCALE = Option.of(Agreement.values(), Agreement::words);

    static SurveyForm empty() {
        return new SurveyForm(null, null, null, null, null, null, null);
    }

    /** What was chosen for the question, as posted. */
    public String value(Question question) {
        return switch (question) {
            case LISTENED -> listened;
            case EXPLAINED -> explained;
            case BETTER -> better;
            case CONFIDENCE -> confidence;
            case WORKLOAD -> workload;
            case SUPPORTED -> supported;
        };
    }

    /** The answers to {@code questions}; an unanswered question is left out, for the service to refuse. */
    Answers answers(FormInput input, List<Question> questions) {
        Map<Question, Agreement> scores = new EnumMap<>(Question.class);
        for (Question question : questions) {
            Agreement chosen = input.choice(Agreement.class, question.field(), value(question), question.missing());
            if (chosen != null) {
                scores.put(question, chosen);
            }
        }
        return new Answers(scores, comments);
    }
}
