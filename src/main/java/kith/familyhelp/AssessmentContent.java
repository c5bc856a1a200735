package kith.familyhelp;

import java.util.List;

/** What a practitioner writes in an assessment (factor codes and outcome as text, checked by the assessment). */
public record AssessmentContent(String familyViews, String childViews, List<String> factors, String analysis,
        String outcome) {

    public AssessmentContent {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
