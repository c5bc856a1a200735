package kith.support;

import java.util.List;

/**
 * Rows in PostgreSQL COPY's text format, for the benchmark loaders: saving hundreds of thousands of rows one
 * INSERT at a time would take most of an hour, COPY takes a minute.
 */
public final class CopyText {

    private CopyText() {}

    /** Appends one row: tab between fields, \N for null, backslash escapes. */
    public static void row(StringBuilder rows, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            if (values[i] == null) {
                rows.append("\\N");
            } else {
                escape(rows, values[i].toString());
            }
        }
        rows.append('\n');
    }

    /** A text[] literal; the values are codes and plain words, so quoting them is enough. */
    public static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value).append('"');
        }
        return literal.append('}').toString();
    }

    private static void escape(StringBuilder row, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
