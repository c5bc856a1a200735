package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kith.shared.InvalidInput.Problem;
import org.junit.jupiter.api.Test;

/** What a plan and an assessment take, checked the same for pages and the API. */
class ContentLimitsTests {

    private static List<String> fields(Runnable check, List<Problem> problems) {
        check.run();
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aPlanHasAHandfulOfGoalsAndActionsInWordsAPersonWrites() {
        List<Problem> problems = new ArrayList<>();
        PlanContent plan = new PlanContent("w".repeat(20_001), "Going well", Collections.nCopies(21, "A goal"),
                Collections.nCopies(51, new PlanContent.Action(0, "Do it", "Mum", ActionOwner.PARENT, null, null)), 3);
        assertThat(fields(() -> plan.checkLengths(problems), problems))
                .containsExactlyInAnyOrder("worries", "goals", "actions");
        List<Problem> more = new ArrayList<>();
        PlanContent longGoal = new PlanContent("Worries", "Going well", List.of("Fine", "g".repeat(2_001)),
                List.of(new PlanContent.Action(1, "a".repeat(2_001), "o".repeat(201), ActionOwner.PARENT, null, null)), 3);
        assertThat(fields(() -> longGoal.checkLengths(more), more))
                .containsExactlyInAnyOrder("goals[1]", "actions[0].action", "actions[0].owner");
    }

    @Test
    void anAssessmentTakesLongWritingButNotWithoutLimit() {
        List<Problem> problems = new ArrayList<>();
        new AssessmentContent("f".repeat(50_000), "c".repeat(50_001), List.of(), "a".repeat(100_000), null)
                .checkLengths(problems);
        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("childViews", "analysis");
        assertThat(problems.get(0).message()).contains("50,000 characters or fewer");
    }
}
