package kith.shared.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's fields in the order the page shows them, and how the rules' names for things map onto them: the one
 * mapping from {@link kith.shared.InvalidInput} problems to fields. A repeated field is written with empty
 * brackets ({@code actions[].dueOn} stands for {@code actions[0].dueOn}, {@code actions[1].dueOn}…). A date is
 * typed as three inputs, {@code <field>Day}, {@code <field>Month} and {@code <field>Year}, and its errors link to
 * the day. A form that shares its page with others is {@link #in named}, and its ids begin with that name.
 *
 * <p>A problem named by no field of the form (a rule about the whole record, such as "This Family Help episode is
 * closed") is shown at the form's first field, so that every message in the error summary leads somewhere.
 */
public final class FormFields {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final String form;
    private final List<String> order;
    private final Set<String> dates;
    private final Map<String, String> aliases;

    private FormFields(String form, List<String> order, Set<String> dates, Map<String, String> aliases) {
        this.form = form;
        this.order = List.copyOf(order);
        this.dates = Set.copyOf(dates);
        this.aliases = Map.copyOf(aliases);
    }

    /** The fields, in page order. */
    public static FormFields of(String... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("A form has at least one field");
        }
        return new FormFields("", List.of(fields), Set.of(), Map.of());
    }

    /** The same fields, of the form called {@code form} on a page that has several (its ids are "form-field"). */
    public FormFields in(String form) {
        return new FormFields(form, order, dates, aliases);
    }

    /** Which of the fields are dates typed as day, month and year. */
    public FormFields dates(String... fields) {
        Set<String> all = new HashSet<>(dates);
        for (String field : fields) {
            requireDeclared(field);
            all.add(field);
        }
        return new FormFields(form, order, all, aliases);
    }

    /** A rule names {@code ruleField} what this form calls {@code formField} ("addresses" for "addressLine1"). */
    public FormFields alias(String ruleField, String formField) {
        requireDeclared(pattern(formField));
        Map<String, String> all = new HashMap<>(aliases);
        all.put(ruleField, formField);
        return new FormFields(form, order, dates, all);
    }

    /** The name of the form on its page; empty when it is the page's only form. */
    public String form() {
        return form;
    }

    /** The form's field a rule's problem about {@code ruleField} is shown at. */
    String fieldFor(String ruleField) {
        if (ruleField != null && aliases.containsKey(ruleField)) {
            return aliases.get(ruleField);
        }
        if (ruleField != null && order.contains(pattern(ruleField))) {
            return ruleField;
        }
        return firstField();
    }

    /** Whether the rule's field is one of the form's (or named as one), not a rule about the whole record. */
    boolean isAbout(String ruleField) {
        return ruleField != null && (aliases.containsKey(ruleField) || order.contains(pattern(ruleField)));
    }

    /** The id of the element a link to {@code field}'s error goes to: the input, the first option, a date's day. */
    String anchorOf(String field) {
        return idOf(form, field) + (dates.contains(pattern(field)) ? "Day" : "");
    }

    /** Page order: by where the field (or its group of repeated fields) comes, then by its number in the group. */
    Comparator<String> pageOrder() {
        return Comparator.comparingInt((String field) -> groupPosition(field))
                .thenComparingInt(FormFields::firstIndex)
                .thenComparingInt(field -> order.indexOf(pattern(field)));
    }

    /** The id a page gives a field: the field's name without brackets (as Thymeleaf's th:field), after the form's. */
    static String idOf(String form, String field) {
        String id = field.replace("[", "").replace("]", "");
        return form == null || form.isEmpty() ? id : form + "-" + id;
    }

    private String firstField() {
        String first = order.get(0);
        return first.replace("[]", "[0]");
    }

    private int groupPosition(String field) {
        String head = head(field);
        for (int i = 0; i < order.size(); i++) {
            if (head(order.get(i)).equals(head)) {
                return i;
            }
        }
        return order.size();
    }

    private static int firstIndex(String field) {
        Matcher index = INDEX.matcher(field);
        return index.find() ? Integer.parseInt(index.group(1)) : -1;
    }

    private static String head(String field) {
        int end = field.indexOf('[');
        int dot = field.indexOf('.');
        if (end < 0 || (dot >= 0 && dot < end)) {
            end = dot;
        }
        return end < 0 ? field : field.substring(0, end);
    }

    private static String pattern(String field) {
        return INDEX.matcher(field).replaceAll("[]");
    }

    private void requireDeclared(String field) {
        if (!order.contains(field)) {
            throw new IllegalArgumentException(field + " is not one of the form's fields " + order);
        }
    }
}
