package kith.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * A form the service refused: with the errors to show at its fields, or because someone else saved the record
 * first (a conflict, answered 409). The page is shown again with everything the user typed still in it.
 */
public final class FormRefused extends RuntimeException {

    private final FormErrors errors;

    private FormRefused(FormErrors errors) {
        super(errors == null ? "Someone else saved the record first" : "The form has errors", null, false, false);
        this.errors = errors;
    }

    static FormRefused withErrors(FormErrors errors) {
        return new FormRefused(errors);
    }

    static FormRefused byAConflict() {
        return new FormRefused(null);
    }

    /** Whether someone else saved the record after the user loaded it (nothing was saved; theirs was kept). */
    public boolean conflict() {
        return errors == null;
    }

    /** The errors, or none for a conflict. */
    public FormErrors errors() {
        return conflict() ? FormErrors.none() : errors;
    }

    /**
     * Puts the refusal on the model of the page about to be shown again: its errors ({@code errors}), or for a
     * conflict {@code conflict} and the status 409, so that the page (which shows the record as saved now, with
     * the other user's change) says what happened.
     */
    public Model shownOn(Model model, HttpServletResponse response) {
        if (conflict()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
        } else {
            model.addAttribute("errors", errors);
        }
        return model;
    }
}
