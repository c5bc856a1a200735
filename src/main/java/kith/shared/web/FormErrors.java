package kith.shared.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kith.shared.InvalidInput;

/**
 * The errors of the form a user just sent, as the GOV.UK error summary and the fields show them: every problem at
 * once, in page order, one message per field, each linking to an element of the page. On every page's model as
 * {@code errors} (none until a form is refused), so that the fragments in {@code fragments/forms.html} ask it
 * whether a field has an error, what its message is and what its id is.
 */
public final class FormErrors implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One line of the error summary: the message and where its link goes. */
    public record Link(String href, String message) implements Serializable {}

    private static final FormErrors NONE = new FormErrors("", Map.of(), List.of());

    private final String form;
    private final Map<String, String> messages;
    private final List<Link> summary;

    private FormErrors(String form, Map<String, String> messages, List<Link> summary) {
        this.form = form;
        this.messages = messages;
        this.summary = summary;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** The problems, each at the field of {@code fields} it is about; the first problem for a field wins. */
    public static FormErrors of(FormFields fields, List<InvalidInput.Problem> problems) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (InvalidInput.Problem problem : problems) {
            String field = fields.fieldFor(problem.field());
            if (fields.isAbout(problem.field())) {
                messages.putIfAbsent(field, problem.message());
            } else {
                // A rule about the whole record, shown at the first field: never lost behind that field's own message.
                messages.merge(field, problem.message(), (first, more) -> first.equals(more) ? first : first + ". " + more);
            }
        }
        List<String> inOrder = new ArrayList<>(messages.keySet());
        inOrder.sort(fields.pageOrder());
        List<Link> summary = inOrder.stream()
                .map(field -> new Link("#" + fields.anchorOf(field), messages.get(field)))
                .toList();
        return new FormErrors(fields.form(), Map.copyOf(messages), List.copyOf(summary));
    }

    /** Whether any form on the page was refused (the page title then begins "Error: "). */
    public boolean any() {
        return !summary.isEmpty();
    }

    /** Whether the form called {@code form} was refused (a form in a details element then opens). */
    public boolean any(String form) {
        return any() && isOf(form);
    }

    public boolean has(String form, String field) {
        return isOf(form) && messages.containsKey(field);
    }

    /** The message at {@code field}, or null. */
    public String message(String form, String field) {
        return isOf(form) ? messages.get(field) : null;
    }

    /** Whether these are the errors of {@code form}; a page's only form has no name (null or empty). */
    private boolean isOf(String form) {
        return this.form.equals(form == null ? "" : form);
    }

    /** The error summary's lines, in page order. */
    public List<Link> summary() {
        return summary;
    }

    /** The id of {@code field} of {@code form} on the page (the fragments' ids, and the summary's links). */
    public String id(String form, String field) {
        return FormFields.idOf(form, field);
    }
}
