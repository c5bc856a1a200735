package kith.insights.areas;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.insights.measures.Figure;
import kith.insights.measures.MeasuresReport;
import kith.insights.measures.Slice;
import kith.shared.Actors;
import kith.shared.LocalAuthority;
import kith.shared.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * This area's measures for a period as a file to publish, other areas' files imported, and the areas side by side.
 * The same people who see the authority's measures do this (analysts and team managers): the files name no child.
 */
@Service
public class AreasCompared {

    /** An imported area's file, and when and by whom it came in. */
    public record Imported(UUID id, AreaFile file, String fileName, String importedBy, java.time.LocalDate importedOn) {}

    /**
     * Areas side by side: this area first (live, for the period asked), then every imported one (each for the period
     * its file covers), and one row per measure that any of them has.
     */
    public record Comparison(AreaFile here, List<Imported> others, List<Line> lines) {}

    /** A measure across the areas: its title and each area's row (null where an area's file lacks it). */
    public record Line(String measure, String title, List<AreaFile.Row> byArea) {}

    private final MeasuresReport measures;
    private final LocalAuthority authority;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Today today;

    AreasCompared(MeasuresReport measures, LocalAuthority authority, JdbcClient jdbc, AuditTrail audit, Today today) {
        this.measures = measures;
        this.authority = authority;
        this.jdbc = jdbc;
        this.audit = audit;
        this.today = today;
    }

    /** Refuses (and audits) anyone who may not see the authority's measures. */
    public void checkMayCompare() {
        measures.checkMaySeeTheAuthority();
    }

    /** This area's measures from the first of {@code from} to the end of {@code to}, published: 1 to 5 as "c". */
    @Transactional
    public AreaFile export(YearMonth from, YearMonth to) {
        AreaFile file = published(from, to);
        audit.record(AuditRecord.allowed("AREA_MEASURES_EXPORTED", List.of())
                .withDetail(file.periodStart() + " to " + file.periodEnd()));
        return file;
    }

    public byte[] csv(AreaFile file) {
        return AreaFiles.csv(file);
    }

    public byte[] json(AreaFile file) {
        return AreaFiles.json(file);
    }

    /**
     * Reads another area's file and keeps it, replacing an earlier file for the same area and period; refuses (with
     * the problem, for the field) anything not in the layout, and this area's own code.
     */
    @Transactional
    public Imported importFile(byte[] content, String fileName) {
        measures.checkMaySeeTheAuthority();
        AreaFile file = AreaFiles.read(content);
        if (file.areaCode().equals(authority.code())) {
            throw new kith.shared.InvalidInput("file", "The selected file is this area’s own (" + authority.code()
                    + "): import other areas’ files");
        }
        jdbc.sql("DELETE FROM compared_area WHERE area_code = :code AND period_start = :start AND period_end = :end")
                .param("code", file.areaCode()).param("start", file.periodStart()).param("end", file.periodEnd())
                .update();
        UUID id = UUID.randomUUID();
        String by = Actors.currentOrSystem().username();
        String name = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 200));
        jdbc.sql("""
                        INSERT INTO compared_area (id, area_code, area_name, period_start, period_end, file_name,
                          imported_by, imported_at)
                        VALUES (:id, :code, :name, :start, :end, :file, :by, :at)""")
                .param("id", id).param("code", file.areaCode()).param("name", file.areaName())
                .param("start", file.periodStart()).param("end", file.periodEnd()).param("file", name)
                .param("by", by).param("at", java.sql.Timestamp.from(today.now()))
                .update();
        int position = 0;
        for (AreaFile.Row row : file.rows()) {
            jdbc.sql("""
                            INSERT INTO compared_area_figure (area_id, position, measure, title, numerator, denominator,
                              value, pounds)
                            VALUES (:id, :position, :measure, :title, :numerator, :denominator, :value, :pounds)""")
                    .param("id", id).param("position", position++).param("measure", row.measure())
                    .param("title", row.title()).param("numerator", row.numerator())
                    .param("denominator", row.denominator()).param("value", row.value()).param("pounds", row.pounds())
                    .update();
        }
        audit.record(AuditRecord.allowed("AREA_MEASURES_IMPORTED", List.of(id))
                .withDetail(file.areaCode() + " " + file.periodStart() + " to " + file.periodEnd()));
        return new Imported(id, file, name, by, today.date());
    }

    /** Takes an imported area off the comparison. */
    @Transactional
    public void remove(UUID id) {
        measures.checkMaySeeTheAuthority();
        int removed = jdbc.sql("DELETE FROM compared_area WHERE id = :id").param("id", id).update();
        if (removed == 0) {
            throw new kith.shared.RecordNotFound("Imported area", id);
        }
        audit.record(AuditRecord.allowed("AREA_MEASURES_REMOVED", List.of(id)));
    }

    /** This area for the period, beside every imported area. */
    @Transactional
    public Comparison compare(YearMonth from, YearMonth to) {
        AreaFile here = published(from, to);
        List<Imported> others = imported();
        Map<String, String> titles = new LinkedHashMap<>();
        here.rows().forEach(r -> titles.put(r.measure(), r.title()));
        others.forEach(o -> o.file().rows().forEach(r -> titles.putIfAbsent(r.measure(), r.title())));
        List<Line> lines = new ArrayList<>();
        titles.forEach((measure, title) -> {
            List<AreaFile.Row> byArea = new ArrayList<>();
            byArea.add(here.row(measure));
            others.forEach(o -> byArea.add(o.file().row(measure)));
            lines.add(new Line(measure, title, byArea));
        });
        audit.record(AuditRecord.allowed("AREAS_COMPARED", others.stream().map(Imported::id).toList()));
        return new Comparison(here, others, lines);
    }

    private AreaFile published(YearMonth from, YearMonth to) {
        MeasuresReport.Report report = measures.report(Slice.ALL, from, to);
        List<AreaFile.Row> rows = new ArrayList<>();
        for (MeasuresReport.Series series : report.series()) {
            rows.add(row(series.measure().slug(), series.measure().title(), series.measure().rate(), series.total()));
        }
        return new AreaFile(authority.code(), authority.name(), from.atDay(1), to.atEndOfMonth(), rows);
    }

    /** A measure's total as published: counts of 1 to 5 as "c", and a rate or money resting on one withheld. */
    static AreaFile.Row row(String measure, String title, boolean rate, Figure total) {
        boolean withheld = total.suppressed();
        String numerator = Figure.published(total.numerator());
        String denominator = total.denominator() == null ? "" : Figure.published(total.denominator());
        Long value = total.value(rate);
        String shown = withheld ? AreaFile.SUPPRESSED : value == null ? "" : value.toString();
        String pounds = total.pence() == null ? "" : withheld ? AreaFile.SUPPRESSED
                : Long.toString(Math.round(total.pence() / 100.0));
        return new AreaFile.Row(measure, title, numerator, denominator, shown, pounds);
    }

    private List<Imported> imported() {
        Map<UUID, List<AreaFile.Row>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT area_id, measure, title, numerator, denominator, value, pounds FROM compared_area_figure
                        ORDER BY area_id, position""")
                .query(rs -> {
                    rows.computeIfAbsent(rs.getObject("area_id", UUID.class), k -> new ArrayList<>())
                            .add(new AreaFile.Row(rs.getString("measure"), rs.getString("title"),
                                    rs.getString("numerator"), rs.getString("denominator"), rs.getString("value"),
                                    rs.getString("pounds")));
                });
        return jdbc.sql("""
                        SELECT id, area_code, area_name, period_start, period_end, file_name, imported_by, imported_at
                        FROM compared_area ORDER BY area_name, period_start""")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Imported(id, new AreaFile(rs.getString("area_code"), rs.getString("area_name"),
                            rs.getObject("period_start", java.time.LocalDate.class),
                            rs.getObject("period_end", java.time.LocalDate.class), rows.getOrDefault(id, List.of())),
                            rs.getString("file_name"), rs.getString("imported_by"),
                            Today.dateOf(rs.getTimestamp("imported_at").toInstant()));
                })
                .list();
    }
}
