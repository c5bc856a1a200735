package kith.insights.areas;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kith.shared.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an area's file as CSV or JSON, and reads one back, refusing anything that is not exactly the documented
 * layout ({@code docs/returns/areas-compared.md}): above all a count of 1 to 5 that is not suppressed, since a file
 * that breaks the rule must not travel further from here.
 */
final class AreaFiles {

    /** The name and version of the JSON layout, so that a later layout can be told apart. */
    static final String LAYOUT = "kith-areas-compared/1";

    /** More measures than any area has: past this, the file is not one of ours. */
    static final int MAX_ROWS = 200;

    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern MEASURE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,12}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final String FIELD = "file";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AreaFiles() {}

    static byte[] csv(AreaFile file) {
        StringBuilder out = new StringBuilder(String.join(",", AreaFile.COLUMNS)).append("\r\n");
        for (AreaFile.Row row : file.rows()) {
            List<String> cells = List.of(file.areaCode(), file.areaName(), file.periodStart().toString(),
                    file.periodEnd().toString(), row.measure(), row.title(), row.numerator(), row.denominator(),
                    row.value(), row.pounds());
            out.append(String.join(",", cells.stream().map(AreaFiles::quoted).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(AreaFile file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("layout", LAYOUT);
        root.putObject("area").put("code", file.areaCode()).put("name", file.areaName());
        root.putObject("period").put("start", file.periodStart().toString()).put("end", file.periodEnd().toString());
        ArrayNode measures = root.putArray("measures");
        for (AreaFile.Row row : file.rows()) {
            measures.addObject().put("measure", row.measure()).put("title", row.title())
                    .put("numerator", row.numerator()).put("denominator", row.denominator())
                    .put("value", row.value()).put("pounds", row.pounds());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        return out.toByteArray();
    }

    /** Reads a file in either layout (JSON when it begins with a brace), or refuses it saying what is wrong. */
    static AreaFile read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            throw refused("The selected file is empty");
        }
        return text.startsWith("{") ? fromJson(text) : fromCsv(text);
    }

    private static AreaFile fromCsv(String text) {
        List<List<String>> lines = CsvLines.parse(text);
        if (!lines.get(0).equals(AreaFile.COLUMNS)) {
            throw refused("The selected file must begin with the header line " + String.join(",", AreaFile.COLUMNS));
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() != AreaFile.COLUMNS.size()) {
                throw refused("Line " + (i + 1) + " must have " + AreaFile.COLUMNS.size() + " values, not "
                        + cells.size());
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                record.put(AreaFile.COLUMNS.get(c), cells.get(c));
            }
            records.add(record);
        }
        return checked(records, "Line ", 2);
    }

    private static AreaFile fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw refused("The selected file is not valid JSON");
        }
        if (!LAYOUT.equals(root.path("layout").asString(""))) {
            throw refused("The selected file must say \"layout\": \"" + LAYOUT + "\"");
        }
        JsonNode measures = root.path("measures");
        if (!measures.isArray()) {
            throw refused("The selected file must list its \"measures\"");
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (JsonNode measure : measures) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("area_code", text(root.path("area"), "code"));
            record.put("area_name", text(root.path("area"), "name"));
            record.put("period_start", text(root.path("period"), "start"));
            record.put("period_end", text(root.path("period"), "end"));
            for (String column : AreaFile.COLUMNS.subList(4, AreaFile.COLUMNS.size())) {
                record.put(column, text(measure, column.equals("measure_title") ? "title" : column));
            }
            records.add(record);
        }
        return checked(records, "Measure ", 1);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString() : "";
    }

    /** Checks every record, named by {@code where} and its number from {@code first}, and makes the file. */
    private static AreaFile checked(List<Map<String, String>> records, String where, int first) {
        if (records.isEmpty()) {
            throw refused("The selected file has no measures");
        }
        if (records.size() > MAX_ROWS) {
            throw refused("The selected file has more than " + MAX_ROWS + " measures");
        }
        Map<String, String> head = records.get(0);
        String code = head.get("area_code");
        String name = head.get("area_name").strip();
        if (!AREA_CODE.matcher(code).matches()) {
            throw refused("The area code must be the local authority’s three-digit code, like 201");
        }
        if (name.isEmpty() || name.length() > 100 || CONTROL.matcher(name).find()) {
            throw refused("The area name must be between 1 and 100 characters");
        }
        LocalDate start = date(head.get("period_start"), "start");
        LocalDate end = date(head.get("period_end"), "end");
        if (end.isBefore(start)) {
            throw refused("The period must end on or after the day it starts");
        }
        List<AreaFile.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            String at = where + (i + first) + ": ";
            if (!r.get("area_code").equals(code) || !r.get("area_name").strip().equals(name)
                    || !r.get("period_start").equals(head.get("period_start"))
                    || !r.get("period_end").equals(head.get("period_end"))) {
                throw refused(at + "every measure must be for the same area and period");
            }
            String measure = r.get("measure");
            if (!MEASURE.matcher(measure).matches()) {
                throw refused(at + "the measure must be a key of lower-case letters, digits and hyphens");
            }
            if (!seen.add(measure)) {
                throw refused(at + "the measure " + measure + " is in the file twice");
            }
            String title = r.get("measure_title").strip();
            if (title.isEmpty() || title.length() > 200 || CONTROL.matcher(title).find()) {
                throw refused(at + "the measure’s title must be between 1 and 200 characters");
            }
            String numerator = count(r.get("numerator"), at + "the numerator", false);
            String denominator = count(r.get("denominator"), at + "the denominator", true);
            // A count's value is the count itself, so it is suppressed like one; a rate's is a percentage, empty
            // when there was nothing to rate (a denominator of 0).
            String value = denominator.isEmpty() ? count(r.get("value"), at + "the value", false)
                    : figure(r.get("value"), at + "the value", denominator.equals("0"));
            String pounds = figure(r.get("pounds"), at + "the money", true);
            rows.add(new AreaFile.Row(measure, title, numerator, denominator, value, pounds));
        }
        return new AreaFile(code, name, start, end, rows);
    }

    /** A count: a whole number that is not 1 to 5, or "c" (or empty where allowed). */
    private static String count(String raw, String what, boolean mayBeEmpty) {
        String value = figure(raw, what, mayBeEmpty);
        if (!value.isEmpty() && !value.equals(AreaFile.SUPPRESSED)) {
            long n = Long.parseLong(value);
            if (n >= 1 && n <= 5) {
                throw refused(what.substring(0, 1).toUpperCase() + what.substring(1)
                        + " is a count of 1 to 5: it must be shown as c");
            }
        }
        return value;
    }

    private static String figure(String raw, String what, boolean mayBeEmpty) {
        String value = raw.strip();
        if (value.isEmpty() && mayBeEmpty) {
            return value;
        }
        if (!value.equals(AreaFile.SUPPRESSED) && !WHOLE.matcher(value).matches()) {
            throw refused(what.substring(0, 1).toUpperCase() + what.substring(1)
                    + " must be a whole number or c");
        }
        return value;
    }

    private static LocalDate date(String raw, String which) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw refused("The period’s " + which + " must be a date like 2026-04-01");
        }
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static InvalidInput refused(String message) {
        return new InvalidInput(List.of(new InvalidInput.Problem(FIELD, message)));
    }
}
