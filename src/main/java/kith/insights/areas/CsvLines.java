package kith.insights.areas;

import java.util.ArrayList;
import java.util.List;
import kith.shared.InvalidInput;

/** Splits CSV text into lines of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
final class CsvLines {

    private CsvLines() {}

    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInput("file", "The selected file has a quoted value that is never closed");
        }
        cells.add(cell.toString());
        lines.add(cells);
        return lines;
    }
}
