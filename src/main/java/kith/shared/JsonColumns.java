package kith.shared;

import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON column that a read model builds with {@code json_agg} (a person's names and addresses, a contact's
 * children): one statement for a record and its lists, where loading the aggregate would take one per list.
 */
public final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {}

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** The field's text, or null when absent or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The field as an ISO date, or null. */
    public static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
