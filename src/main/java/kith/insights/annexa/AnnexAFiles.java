package kith.insights.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.insights.jobs.BackgroundWork;
import kith.insights.jobs.Jobs;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * Writes an Annex A list as CSV (UTF-8, RFC 4180: fields quoted when they hold a comma, quote or line break, quotes
 * doubled, lines ended CRLF) or XLSX (streamed with SXSSF, a hundred rows in memory at a time), row by row with its
 * progress, and starts it as a background job.
 */
@Service
public class AnnexAFiles {

    private final AnnexALists lists;
    private final Jobs jobs;

    AnnexAFiles(AnnexALists lists, Jobs jobs) {
        this.lists = lists;
        this.jobs = jobs;
    }

    /** Starts making the list in the background and returns the job's id. */
    public UUID start(AnnexAList list, AnnexAFormat format, LocalDate inspectionDate) {
        return jobs.start(list.heading() + " (" + format.label() + "), inspection date "
                        + AnnexACodes.date(inspectionDate), fileName(list, format, inspectionDate), format.contentType(),
                work(list, format, inspectionDate));
    }

    public static String fileName(AnnexAList list, AnnexAFormat format, LocalDate inspectionDate) {
        return "annex-a-list-" + list.number() + "-" + inspectionDate + "." + format.extension();
    }

    /** The list as background work: made (and audited) when it runs, then written row by row. */
    public BackgroundWork work(AnnexAList list, AnnexAFormat format, LocalDate inspectionDate) {
        return (progress, out) -> {
            AnnexATable table = lists.make(list, inspectionDate, format.label());
            progress.total(table.rows().size() + 1L);
            if (format == AnnexAFormat.CSV) {
                csv(table, out, progress);
            } else {
                xlsx(table, out, progress);
            }
        };
    }

    /** Writes the table as CSV. */
    public static void csv(AnnexATable table, OutputStream out, BackgroundWork.Progress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(writer, table.headers(), table.headers());
        progress.advance(1);
        for (List<String> row : table.rows()) {
            line(writer, table.headers(), row);
            progress.advance(1);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> headers, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(values.get(i), values == headers || AnnexAList.numeric(headers.get(i))));
        }
        writer.write("\r\n");
    }

    /** One CSV field; text that a spreadsheet would run as a formula is kept as text with a leading apostrophe. */
    static String field(String value, boolean safe) {
        String text = value == null ? "" : value;
        if (!safe && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Writes the table as an Excel workbook: one sheet, a header row, whole numbers as numbers and the rest as text. */
    public static void xlsx(AnnexATable table, OutputStream out, BackgroundWork.Progress progress) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("List " + table.list().number());
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(table.headers().get(i));
            }
            progress.advance(1);
            int r = 1;
            for (List<String> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    String value = values.get(i);
                    if (AnnexAList.numeric(table.headers().get(i)) && value.matches("-?[0-9]+")) {
                        cell.setCellValue(Long.parseLong(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
                progress.advance(1);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
