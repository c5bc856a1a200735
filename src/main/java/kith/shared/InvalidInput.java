package kith.shared;

import java.util.List;

/**
 * Input that breaks a rule, with each problem named by field so that pages show the message next to the
 * field and the API names it in the problem response. Nothing is saved when this is thrown.
 */
public class InvalidInput extends RuntimeException {

    /** One field's problem, with a message that says how to fix it. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
