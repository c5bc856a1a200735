package kith.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kith.shared.InvalidInput.Problem;
import org.junit.jupiter.api.Test;

/** The one mapping from the rules' problems to a page's fields (UI.md: errors exactly as GOV.UK does them). */
class FormErrorsTests {

    private static final FormFields PLAN = FormFields.of("worries", "goals[]", "actions[].action", "actions[].dueOn",
                    "reviewIntervalMonths")
            .dates("actions[].dueOn")
            .alias("actions", "actions[0].action");

    @Test
    void theSummaryListsEveryProblemInPageOrderWhateverOrderTheRulesFoundThem() {
        FormErrors errors = FormErrors.of(PLAN, List.of(
                new Problem("reviewIntervalMonths", "Enter 1 to 12 months"),
                new Problem("actions[1].dueOn", "The date action 2 will be done by must be a real date"),
                new Problem("actions[0].action", "Write what will be done for action 1"),
                new Problem("actions[1].action", "Write what will be done for action 2"),
                new Problem("worries", "Write what we are worried about")));
        assertThat(errors.summary()).extracting(FormErrors.Link::message).containsExactly(
                "Write what we are worried about",
                "Write what will be done for action 1",
                "Write what will be done for action 2",
                "The date action 2 will be done by must be a real date",
                "Enter 1 to 12 months");
    }

    @Test
    void eachLinkGoesToTheFieldsIdAndADatesToItsDay() {
        FormErrors errors = FormErrors.of(PLAN, List.of(
                new Problem("actions[1].dueOn", "The date action 2 will be done by must be a real date"),
                new Problem("goals[0]", "Write at least one goal")));
        assertThat(errors.summary()).extracting(FormErrors.Link::href).containsExactly("#goals0", "#actions1.dueOnDay");
        assertThat(errors.id("", "actions[1].dueOn")).isEqualTo("actions1.dueOn");
    }

    @Test
    void aFormSharingItsPageHasItsOwnIdsAndOnlyItsFieldsAreInError() {
        FormErrors errors = FormErrors.of(FormFields.of("reason", "summary").in("close"),
                List.of(new Problem("summary", "Write a closing summary for the family")));
        assertThat(errors.summary()).extracting(FormErrors.Link::href).containsExactly("#close-summary");
        assertThat(errors.has("close", "summary")).isTrue();
        assertThat(errors.has("stepUp", "summary")).as("another form on the page").isFalse();
        assertThat(errors.any("close")).isTrue();
        assertThat(errors.any("stepUp")).isFalse();
        assertThat(errors.message("close", "summary")).isEqualTo("Write a closing summary for the family");
    }

    @Test
    void aRulesNameForAFieldIsShownAtTheFormsFieldAndAProblemOfNoFieldAtTheFirst() {
        FormErrors errors = FormErrors.of(PLAN, List.of(
                new Problem("actions", "Write 50 actions or fewer"),
                new Problem("episode", "This Family Help episode is closed")));
        assertThat(errors.message("", "actions[0].action")).isEqualTo("Write 50 actions or fewer");
        assertThat(errors.message("", "worries")).as("no field of its own: the first field, so the link leads somewhere")
                .isEqualTo("This Family Help episode is closed");
    }

    @Test
    void aRuleAboutTheWholeRecordIsNotLostBehindTheFirstFieldsOwnMessage() {
        FormErrors errors = FormErrors.of(PLAN, List.of(
                new Problem("worries", "Write what we are worried about"),
                new Problem("episode", "This Family Help episode is closed")));
        assertThat(errors.summary()).extracting(FormErrors.Link::message)
                .containsExactly("Write what we are worried about. This Family Help episode is closed");
    }

    @Test
    void oneMessageAtAField_theFirstFound() {
        FormErrors errors = FormErrors.of(FormFields.of("visitedOn").dates("visitedOn"), List.of(
                new Problem("visitedOn", "The date of the visit must be a real date"),
                new Problem("visitedOn", "Enter the date of the visit, today or in the past")));
        assertThat(errors.summary()).extracting(FormErrors.Link::message)
                .containsExactly("The date of the visit must be a real date");
    }

    @Test
    void noErrorsIsNothingToShow() {
        assertThat(FormErrors.none().any()).isFalse();
        assertThat(FormErrors.none().has("", "worries")).isFalse();
        assertThat(FormErrors.none().message(null, "worries")).isNull();
    }

    @Test
    void aFormCannotNameAFieldItDoesNotHave() {
        assertThatThrownBy(() -> FormFields.of("worries").dates("goingWell")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormFields.of("worries").alias("x", "goingWell")).isInstanceOf(IllegalArgumentException.class);
    }
}
