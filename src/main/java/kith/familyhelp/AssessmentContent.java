package kith.familyhelp;

import java.util.List;
import kith.shared.InvalidInput.Problem;
import kith.shared.TextLimits;

/**
 * What a practitioner writes in an assessment (factor codes, outcome and primary need as text, checked by the
 * assessment). The primary need (CIN census PrimaryNeedCode, N0 to N9) is required on completion when the outcome
 * leads to further help.
 */
public record AssessmentContent(String familyViews, String childViews, List<String> factors, String analysis,
        String outcome, String primaryNeed) {

    public AssessmentContent {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** Content without a primary need (work in progress, or an outcome that closes the case). */
    public AssessmentContent(String familyViews, String childViews, List<String> factors, String analysis,
            String outcome) {
        this(familyViews, childViews, factors, analysis, outcome, null);
    }

    /** A problem for each part longer than an assessment takes (pages and the API share the limits). */
    void checkLengths(List<Problem> problems) {
        tooLong(problems, "familyViews", familyViews, "the family's views");
        tooLong(problems, "childViews", childViews, "the child's views and wishes");
        tooLong(problems, "analysis", analysis, "your analysis");
    }

    private static void tooLong(List<Problem> problems, String field, String value, String what) {
        if (TextLimits.exceeds(value, TextLimits.LONG_TEXT)) {
            problems.add(new Problem(field, "Write " + what + " in " + TextLimits.shown(TextLimits.LONG_TEXT)
                    + " characters or fewer"));
        }
    }
}
