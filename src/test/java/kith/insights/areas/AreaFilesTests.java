package kith.insights.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kith.insights.measures.Figure;
import kith.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The areas-compared layout: what is written reads back the same, and a file that breaks the layout is refused. */
class AreaFilesTests {

    private static final AreaFile FILE = new AreaFile("888", "Other Borough, North", LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31), List.of(
                    new AreaFile.Row("re-referrals", "Re-referrals within 12 months", "40", "180", "22", ""),
                    new AreaFile.Row("repeat-plans", "Plans that are a \"second\" or later plan", "c", "31", "c", ""),
                    new AreaFile.Row("support-packages", "Support packages approved", "12", "", "12", "3410")));

    @Test
    void aFileWrittenAsCsvOrJsonReadsBackTheSame() {
        assertThat(AreaFiles.read(AreaFiles.csv(FILE))).isEqualTo(FILE);
        assertThat(AreaFiles.read(AreaFiles.json(FILE))).isEqualTo(FILE);
        String csv = new String(AreaFiles.csv(FILE), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("area_code,area_name,period_start,period_end,measure,measure_title,numerator,"
                + "denominator,value,pounds\r\n888,\"Other Borough, North\",2026-04-01,2027-03-31,re-referrals,");
        assertThat(csv).contains("\"Plans that are a \"\"second\"\" or later plan\"");
        assertThat(new String(AreaFiles.json(FILE), StandardCharsets.UTF_8)).contains("\"layout\" : \"kith-areas-compared/1\"");
    }

    @Test
    void everyCountOfOneToFiveIsPublishedAsCAndWhatRestsOnItWithheld() {
        YearMonth month = YearMonth.of(2026, 11);
        assertThat(AreasCompared.row("x", "X", true, new Figure(month, 3, 40L, null)))
                .isEqualTo(new AreaFile.Row("x", "X", "c", "40", "c", ""));
        assertThat(AreasCompared.row("x", "X", true, new Figure(month, 0, 5L, null)))
                .as("a rate out of 5 is withheld even when none met it")
                .isEqualTo(new AreaFile.Row("x", "X", "0", "c", "c", ""));
        assertThat(AreasCompared.row("x", "X", true, new Figure(month, 9, 36L, null)))
                .isEqualTo(new AreaFile.Row("x", "X", "9", "36", "25", ""));
        assertThat(AreasCompared.row("x", "X", false, new Figure(month, 2, null, 41_050L)))
                .as("the money of two packages could name a family").isEqualTo(new AreaFile.Row("x", "X", "c", "", "c", "c"));
        assertThat(AreasCompared.row("x", "X", false, new Figure(month, 6, null, 41_050L)))
                .isEqualTo(new AreaFile.Row("x", "X", "6", "", "6", "411"));
        assertThat(AreasCompared.row("x", "X", false, new Figure(month, 0, null, null)))
                .isEqualTo(new AreaFile.Row("x", "X", "0", "", "0", ""));
    }

    @Test
    void aFileThatBreaksTheLayoutIsRefusedSayingWhy() {
        String header = String.join(",", AreaFile.COLUMNS) + "\n";
        String good = "888,Other,2026-04-01,2027-03-31,re-referrals,Re-referrals,40,180,22,\n";
        assertThat(AreaFiles.read((header + good).getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
        refused("", "The selected file is empty");
        refused("area,name\n1,2\n", "The selected file must begin with the header line area_code,");
        refused(header, "The selected file has no measures");
        refused(header + good.replace(",40,", ",3,"), "Line 2: the numerator is a count of 1 to 5: it must be shown as c");
        refused(header + good.replace(",180,", ",5,"), "Line 2: the denominator is a count of 1 to 5");
        refused(header + "888,Other,2026-04-01,2027-03-31,kinship,Kinship,4,,4,\n", "the numerator is a count of 1 to 5");
        refused(header + good.replace("888", "88A"), "The area code must be the local authority’s three-digit code");
        refused(header + good.replace("2027-03-31", "31/03/2027"), "The period’s end must be a date like 2026-04-01");
        refused(header + good + good, "Line 3: the measure re-referrals is in the file twice");
        refused(header + good + good.replace("888", "889").replace("re-referrals", "visits"),
                "Line 3: every measure must be for the same area and period");
        refused(header + good.replace(",40,", ",forty,"), "Line 2: the numerator must be a whole number or c");
        refused(header + good.replace(",22,", ",22"), "Line 2 must have 10 values, not 9");
        refused(header + good.replace(",22,", ",,"), "Line 2: the value must be a whole number or c");
        assertThat(AreaFiles.read((header + good.replace(",40,180,22,", ",0,0,,")).getBytes(StandardCharsets.UTF_8))
                .rows().get(0).value()).as("nothing to rate").isEmpty();
        refused(header + "888,\"Other,2026-04-01\n", "a quoted value that is never closed");
        refused("{\"layout\": \"something-else\"}", "The selected file must say \"layout\": \"kith-areas-compared/1\"");
        refused("{\"layout\": \"kith-areas-compared/1\", ", "The selected file is not valid JSON");
        refused("{\"layout\": \"kith-areas-compared/1\", \"area\": {\"code\": \"888\", \"name\": \"Other\"}, \"period\": "
                + "{\"start\": \"2026-04-01\", \"end\": \"2027-03-31\"}, \"measures\": [{\"measure\": \"kinship\", "
                + "\"title\": \"Kinship\", \"numerator\": \"2\", \"denominator\": \"\", \"value\": \"2\", \"pounds\": \"\"}]}",
                "Measure 1: the numerator is a count of 1 to 5: it must be shown as c");
    }

    private static void refused(String content, String message) {
        assertThatThrownBy(() -> AreaFiles.read(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.message()).contains(message);
                        }));
    }
}
