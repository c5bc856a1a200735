package kith.familyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kith.frontdoor.ReferralDecision;
import kith.shared.InvalidInput.Problem;
import org.junit.jupiter.api.Test;

/** Family Help's rules as plain unit tests: assessment factors (DfE CIN rules) and the work a decision opens. */
class AssessmentRulesTests {

    private static List<String> problems(String... codes) {
        List<Problem> problems = new ArrayList<>();
        Assessment.checkedFactors(List.of(codes), problems);
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void factorsAreDfeCodesEachOnceWith21Alone() {
        assertThat(problems("4B", "7A")).isEmpty();
        assertThat(problems("99Z")).containsExactly("Select factors from the DfE list");
        assertThat(problems("4B", "4b")).as("DfE CIN rule 8898").containsExactly("Select each factor once");
        assertThat(problems("21", "4B")).as("DfE CIN rule 8869")
                .containsExactly("21 (no factors identified) cannot be selected with other factors");
    }

    @Test
    void retiredFactorsAreRefusedWhereverTheyComeFrom() {
        // DfE queries 8945Q and 8950Q: since 2024-25, 18B/18C and 19B/19C.
        assertThat(problems("18A")).containsExactly("18A is no longer used: select 18B (by another child) or 18C (by an adult)");
        assertThat(problems("19A")).containsExactly("19A is no longer used: select 19B (by another child) or 19C (by an adult)");
        assertThat(problems("18C", "19B")).isEmpty();
    }

    @Test
    void aDecisionThatOpensFamilyHelpBeginsItsKindOfWork() {
        assertThat(EpisodeKind.openedBy(ReferralDecision.TARGETED_EARLY_HELP)).isEqualTo(EpisodeKind.TARGETED_EARLY_HELP);
        assertThat(EpisodeKind.openedBy(ReferralDecision.SECTION_17_ASSESSMENT)).isEqualTo(EpisodeKind.CHILD_IN_NEED);
        for (ReferralDecision decision : ReferralDecision.values()) {
            if (!decision.opensFamilyHelp()) {
                assertThatThrownBy(() -> EpisodeKind.openedBy(decision)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
