package kith.frontdoor.web;

import kith.shared.InvalidInput;
import org.springframework.validation.BindingResult;

/** Puts rule breaches next to their fields on a form. */
final class Problems {

    private Problems() {}

    static void reject(BindingResult result, InvalidInput e) {
        for (InvalidInput.Problem problem : e.problems()) {
            if (result.getTarget() != null && isReadable(result, problem.field())) {
                result.rejectValue(problem.field(), "invalid", problem.message());
            } else {
                result.reject("invalid", problem.message());
            }
        }
    }

    private static boolean isReadable(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
