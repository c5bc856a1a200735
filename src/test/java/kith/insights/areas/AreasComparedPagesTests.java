package kith.insights.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import kith.KithTest;
import kith.insights.measures.Figure;
import kith.insights.measures.MeasuresReport;
import kith.insights.measures.Slice;
import kith.support.AuditLog;
import kith.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Areas compared (item 8): the export suppresses every count of 1 to 5 that the measures hold, names no child, and
 * imports back as another area, shown side by side; a file that breaks the rule is refused at its field; only those
 * who see the authority's measures may do any of it.
 */
@KithTest
class AreasComparedPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired MeasuresReport measures;
    @Autowired JdbcClient jdbc;

    @Test
    void theExportSuppressesEveryCountOfOneToFiveAndImportsBackAsAnotherArea() throws Exception {
        YearMonth to = YearMonth.now();
        YearMonth from = to.minusMonths(11);
        long exported = AuditLog.count(jdbc, "analyst", "AREA_MEASURES_EXPORTED", "ALLOWED");
        String csv = mvc.perform(get("/insights/areas/export.csv").param("from", from.toString()).param("to", to.toString())
                        .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        AreaFile file = AreaFiles.read(csv.getBytes(StandardCharsets.UTF_8));
        MeasuresReport.Report live = users.call("analyst", () -> measures.report(Slice.ALL, from, to));
        assertThat(file.rows()).hasSize(live.series().size());
        for (MeasuresReport.Series series : live.series()) {
            Figure total = series.total();
            AreaFile.Row row = file.row(series.measure().slug());
            assertThat(row.numerator()).as(series.measure().slug()).isEqualTo(Figure.published(total.numerator()));
            if (total.denominator() != null) {
                assertThat(row.denominator()).as(series.measure().slug()).isEqualTo(Figure.published(total.denominator()));
            }
            if (total.suppressed()) {
                assertThat(row.value()).as(series.measure().slug() + " rests on a count of 1 to 5").isEqualTo("c");
            }
            for (String count : new String[] {row.numerator(), row.denominator()}) {
                assertThat(count).as(series.measure().slug()).isNotIn("1", "2", "3", "4", "5");
            }
        }
        assertThat(AuditLog.count(jdbc, "analyst", "AREA_MEASURES_EXPORTED", "ALLOWED")).isEqualTo(exported + 1);

        // Another area's file is the same layout: this one, as if made by area 888.
        String other = csv.replace("\r\n" + file.areaCode() + ",", "\r\n888,")
                .replace("," + file.areaName().replace(",", "") + ",", ",Otherton Council,");
        assertThat(other).contains("888,Otherton Council,");
        mvc.perform(multipart("/insights/areas/import").file(new MockMultipartFile("file", "otherton.csv", "text/csv",
                        other.getBytes(StandardCharsets.UTF_8))).with(users.as("analyst")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/insights/areas").param("from", from.toString())
                        .param("to", to.toString()).with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("data-area=\"888\">\\s*<span>Otherton Council</span>");
        for (AreaFile.Row row : file.rows()) {
            java.util.List<String> cells = cells(page, row.measure());
            assertThat(cells).as(row.measure()).hasSize(2);
            assertThat(cells.get(0)).as("this area, live, and its file imported as another").isEqualTo(cells.get(1));
        }
    }

    @Test
    void aFileWithAnUnsuppressedSmallCountOrThisAreasOwnCodeIsRefusedAtTheField() throws Exception {
        String header = String.join(",", AreaFile.COLUMNS) + "\n";
        String small = header + "777,Smallton,2026-04-01,2026-09-30,kinship,Kinship arrangements started,3,,3,\n";
        long before = jdbc.sql("SELECT count(*) FROM compared_area").query(Long.class).single();
        String refused = mvc.perform(multipart("/insights/areas/import").file(new MockMultipartFile("file",
                        "small.csv", "text/csv", small.getBytes(StandardCharsets.UTF_8))).with(users.as("team.manager"))
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<a href=\"#file\">Line 2: the numerator is a count of 1 to 5: it must be shown as c</a>")
                .contains("id=\"file-error\"");
        String own = header + "999,Demo Borough Council,2026-04-01,2026-09-30,kinship,Kinship,0,,0,\n";
        String ownRefused = mvc.perform(multipart("/insights/areas/import").file(new MockMultipartFile("file",
                        "own.csv", "text/csv", own.getBytes(StandardCharsets.UTF_8))).with(users.as("analyst")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ownRefused).contains("The selected file is this area’s own (999): import other areas’ files");
        mvc.perform(multipart("/insights/areas/import").with(users.as("analyst")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM compared_area").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoSeeTheAuthoritysMeasuresMayCompareAreas() throws Exception {
        mvc.perform(get("/insights/areas")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
        for (String user : new String[] {"social.worker", "police.officer", "front.door", "admin"}) {
            mvc.perform(get("/insights/areas").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/insights/areas/export.json").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/insights/areas/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                    "x".getBytes(StandardCharsets.UTF_8))).with(users.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/insights/areas/" + UUID.randomUUID() + "/remove").with(users.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/insights/areas").param("from", "not a month").with(users.as("analyst")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/insights/areas/export.csv").param("from", "not a month").with(users.as("analyst")))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/insights/areas?from=not%20a%20month"));
        mvc.perform(post("/insights/areas/" + UUID.randomUUID() + "/remove").with(users.as("analyst")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** The cells of a measure's row on the page, their text with the markup and runs of space taken out. */
    private static java.util.List<String> cells(String page, String measure) {
        int start = page.indexOf("data-measure=\"" + measure + "\"");
        assertThat(start).as(measure + " on the page").isPositive();
        String row = page.substring(start, page.indexOf("</tr>", start));
        java.util.List<String> cells = new java.util.ArrayList<>();
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("(?s)<td[^>]*>(.*?)</td>").matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return cells;
    }
}
