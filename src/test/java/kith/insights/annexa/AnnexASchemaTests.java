package kith.insights.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kith.KithTest;
import kith.familyhelp.Assessments;
import kith.familyhelp.EpisodeView;
import kith.familyhelp.FamilyHelpMother;
import kith.frontdoor.ReferralDecision;
import kith.insights.jobs.BackgroundWork;
import kith.people.ChildrenForAnnexA;
import kith.protection.ProtectionMother;
import kith.shared.Today;
import kith.support.Users;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yaml.snakeyaml.Yaml;

/**
 * Annex A lists 1 to 7 against Ofsted's schema, read from {@code annex-a/Annex_A_schema.yml}: every column of each
 * list, in a header the schema's pattern matches; every categorical value one of the schema's codes; dates as
 * dd/mm/yyyy; whole numbers where the schema wants them. For a small data set made through the modules' services
 * (the test mothers): a child referred twice (once no further action), a targeted early help assessment, a section
 * 17 assessment, and a child on a child protection plan after a section 47 enquiry and initial conference.
 */
@KithTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnexASchemaTests {

    private static final Pattern DATE = Pattern.compile("[0-3][0-9]/[01][0-9]/[12][0-9]{3}");

    @Autowired AnnexALists lists;
    @Autowired FamilyHelpMother familyHelp;
    @Autowired ProtectionMother protection;
    @Autowired Assessments assessments;
    @Autowired ChildrenForAnnexA children;
    @Autowired Users users;
    @Autowired Today today;
    @Autowired JdbcClient jdbc;
    @Autowired kith.access.RestrictedRecords restricted;

    private Map<String, Object> schema;
    private UUID referred;
    private UUID earlyHelpChild;
    private UUID assessedChild;
    private UUID protectedChild;

    @BeforeAll
    void aSmallAuthority() throws Exception {
        try (InputStream yaml = getClass().getResourceAsStream("/annex-a/Annex_A_schema.yml")) {
            // The schema shares its long category lists between lists through YAML anchors, far over the default 50.
            org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
            options.setMaxAliasesForCollections(10_000);
            Map<String, Object> root = new Yaml(options).load(yaml);
            schema = cast(root.get("column_map"));
        }
        String family = "Annexa" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        referred = familyHelp.child("Twice", family);
        familyHelp.decidedReferral(referred, "Twice", family, ReferralDecision.NO_FURTHER_ACTION);
        familyHelp.undecidedReferral(referred, "Twice", family);

        EpisodeView earlyHelp = familyHelp.episode("Early", family, ReferralDecision.TARGETED_EARLY_HELP);
        earlyHelpChild = ProtectionMother.childOf(earlyHelp);
        users.run("team.manager", () -> assessments.start(earlyHelp.id(), earlyHelpChild, null));

        EpisodeView section17 = familyHelp.episode("Assessed", family, ReferralDecision.SECTION_17_ASSESSMENT);
        assessedChild = ProtectionMother.childOf(section17);
        users.run("team.manager", () -> assessments.start(section17.id(), assessedChild, null));

        protectedChild = protection.onAPlan("Planned", family, 12, 2).childId();
    }

    private AnnexATable make(AnnexAList list, LocalDate on) {
        return users.call("analyst", () -> lists.make(list, on, "CSV"));
    }

    private String laChildId(UUID child) {
        return users.call("analyst", () -> children.of(List.of(child)).get(child).laChildId());
    }

    private List<List<String>> rowsOf(AnnexATable table, UUID child) {
        String id = laChildId(child);
        return table.rows().stream().filter(row -> row.get(0).equals(id)).toList();
    }

    @Test
    void everyListHasEveryColumnOfTheSchemaInAHeaderItsPatternMatches() {
        for (AnnexAList list : AnnexAList.values()) {
            Map<String, Object> columns = cast(schema.get("list_" + list.number()));
            List<String> headers = list.headers();
            assertThat(headers).as("list %d", list.number()).hasSameSizeAs(columns.keySet());
            List<String> expected = new ArrayList<>(columns.keySet());
            for (int i = 0; i < expected.size(); i++) {
                String column = expected.get(i);
                Map<String, Object> spec = cast(columns.get(column));
                String header = headers.get(i);
                if (spec.get("header_regex") instanceof List<?> patterns) {
                    assertThat(patterns.stream().anyMatch(p -> pattern((String) p).matcher(header).find()))
                            .as("list %d header %s against %s", list.number(), header, patterns).isTrue();
                } else {
                    assertThat(header).as("list %d column %d", list.number(), i).isEqualToIgnoringCase(column.trim());
                }
            }
        }
    }

    @Test
    void everyValueIsOneTheSchemaAllows() {
        LocalDate on = today.date();
        for (AnnexAList list : AnnexAList.values()) {
            AnnexATable table = make(list, on);
            assertThat(table.rows()).as("list %d has rows", list.number()).isNotEmpty();
            Map<String, Object> columns = cast(schema.get("list_" + list.number()));
            List<String> names = new ArrayList<>(columns.keySet());
            for (List<String> row : table.rows()) {
                assertThat(row).hasSameSizeAs(names);
                for (int i = 0; i < names.size(); i++) {
                    check(list, names.get(i), cast(columns.get(names.get(i))), row.get(i), row);
                }
            }
        }
    }

    private void check(AnnexAList list, String column, Map<String, Object> spec, String value, List<String> row) {
        String where = "list " + list.number() + " " + column + " in " + row;
        if (value.isEmpty()) {
            assertThat(spec.get("canbeblank")).as(where + " is blank").isNotEqualTo(false);
            return;
        }
        if (spec.get("category") instanceof List<?> categories) {
            Set<String> allowed = new HashSet<>();
            for (Object category : categories) {
                Object code = ((Map<?, ?>) category).get("code");
                // YAML 1.1 reads the schema's Yes and No as booleans.
                allowed.add(code instanceof Boolean b ? (b ? "Yes" : "No") : String.valueOf(code));
            }
            assertThat(allowed).as(where).contains(value);
        } else if (spec.containsKey("date")) {
            assertThat(value).as(where).matches(DATE);
            assertThat(spec.get("date")).isEqualTo("%d/%m/%Y");
        } else if (spec.get("numeric") instanceof Map<?, ?> numeric) {
            int number = Integer.parseInt(value);
            // Ofsted's age of an unborn child is -1, below the schema's minimum of 0.
            int min = column.startsWith("Age") ? -1 : ((Number) numeric.get("min_value")).intValue();
            assertThat(number).as(where).isGreaterThanOrEqualTo(min);
        } else if ("alphanumeric".equals(spec.get("string")) && column.equals("Child Unique ID")) {
            assertThat(value).as(where).matches("[A-Za-z0-9]+");
        }
    }

    @Test
    void everyPrimaryNeedTheAssessmentRecordsIsACodeOfListSix() {
        Map<String, Object> columns = cast(schema.get("list_6"));
        List<String> names = new ArrayList<>(columns.keySet());
        String column = names.get(AnnexAList.CHILDREN_IN_NEED.headers().indexOf("Primary Need Code"));
        Set<String> seen = new HashSet<>();
        for (String code : new String[] {null, "N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"}) {
            String value = AnnexACodes.primaryNeed(code);
            check(AnnexAList.CHILDREN_IN_NEED, column, cast(columns.get(column)), value, List.of(String.valueOf(code)));
            seen.add(value);
        }
        assertThat(seen).as("N1 to N9 each its own, N0 and none not stated").hasSize(10);
        assertThat(AnnexACodes.primaryNeed("N4")).isEqualTo("d) Family in acute stress");
    }

    @Test
    void ourChildrenAreInTheirLists() {
        LocalDate on = today.date();
        assertThat(rowsOf(make(AnnexAList.CONTACTS, on), referred)).hasSize(2);
        assertThat(rowsOf(make(AnnexAList.EARLY_HELP, on), earlyHelpChild)).hasSize(1);
        assertThat(rowsOf(make(AnnexAList.ASSESSMENTS, on), assessedChild)).hasSize(1);
        List<List<String>> enquiries = rowsOf(make(AnnexAList.SECTION_47, on), protectedChild);
        assertThat(enquiries).hasSize(1);
        List<String> headers = AnnexAList.SECTION_47.headers();
        List<String> enquiry = enquiries.get(0);
        assertThat(enquiry.get(headers.indexOf("Was an Initial Child Protection Conference deemed unnecessary?"))).isEqualTo("No");
        assertThat(enquiry.get(headers.indexOf("Did the Initial Child Protection Conference Result in a Child Protection Plan"))).isEqualTo("Yes");
        assertThat(enquiry.get(headers.indexOf("Date of Initial Child Protection Conference")))
                .isEqualTo(AnnexACodes.date(protection.workingDaysAgo(2)));
        List<List<String>> plans = rowsOf(make(AnnexAList.CHILD_PROTECTION_PLANS, on), protectedChild);
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).get(AnnexAList.CHILD_PROTECTION_PLANS.headers().indexOf("Initial Category of Abuse")))
                .isEqualTo("a) Neglect");
        List<List<String>> inNeed = rowsOf(make(AnnexAList.CHILDREN_IN_NEED, on), protectedChild);
        assertThat(inNeed).hasSize(1);
        assertThat(inNeed.get(0).get(AnnexAList.CHILDREN_IN_NEED.headers().indexOf("Case Status")))
                .isEqualTo("b) Child Protection plan");
        assertThat(rowsOf(make(AnnexAList.CHILDREN_IN_NEED, on), assessedChild).get(0)
                .get(AnnexAList.CHILDREN_IN_NEED.headers().indexOf("Case Status"))).isEqualTo("d) Open assessment");
    }

    @Test
    void listsOneToFiveCoverTheSixMonthsBeforeTheInspection() {
        LocalDate contactDay = today.date();
        assertThat(rowsOf(make(AnnexAList.CONTACTS, contactDay.plusMonths(5)), referred)).hasSize(2);
        assertThat(rowsOf(make(AnnexAList.CONTACTS, contactDay.plusMonths(6)), referred)).as("six months to the day").hasSize(2);
        assertThat(rowsOf(make(AnnexAList.CONTACTS, contactDay.plusMonths(7)), referred)).as("seven months before").isEmpty();
        assertThat(rowsOf(make(AnnexAList.REFERRALS, contactDay.plusMonths(7)), referred)).isEmpty();
        assertThat(rowsOf(make(AnnexAList.CONTACTS, contactDay.minusDays(1)), referred)).as("after the inspection").isEmpty();
    }

    @Test
    void aReferralCountsTheChildsReferralsInTheTwelveMonthsUpToIt() {
        List<List<String>> referrals = rowsOf(make(AnnexAList.REFERRALS, today.date()), referred);
        List<String> headers = AnnexAList.REFERRALS.headers();
        int count = headers.indexOf("Number of Referrals in Last 12 Months");
        int nfa = headers.indexOf("Referral NFA?");
        assertThat(referrals).extracting(row -> row.get(count)).containsExactly("1", "2");
        assertThat(referrals).extracting(row -> row.get(nfa)).containsExactly("Yes", "No");
    }

    @Test
    void aRestrictedChildIsInTheListButNotIdentifiedToAUserNotNamedOnIt() {
        String family = "Hidden" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        UUID hidden = familyHelp.child("Hidden", family);
        familyHelp.undecidedReferral(hidden, "Hidden", family);
        users.run("admin", () -> restricted.restrict(hidden, "Testing Annex A"));
        String laChildId = jdbc.sql("SELECT la_child_id FROM person WHERE id = :id").param("id", hidden)
                .query(String.class).single();
        long restrictedBefore = audited(hidden);
        AnnexATable referrals = make(AnnexAList.REFERRALS, today.date());
        assertThat(referrals.rows()).noneMatch(row -> row.contains(laChildId));
        assertThat(referrals.rows()).anyMatch(row -> row.get(0).equals(AnnexALists.RESTRICTED) && row.get(3).isEmpty()
                && row.get(4).isEmpty());
        assertThat(audited(hidden)).as("still counted, and its export audited").isEqualTo(restrictedBefore + 1);
        users.run("admin", () -> restricted.grant(hidden, "analyst", "Checks the return"));
        assertThat(make(AnnexAList.REFERRALS, today.date()).rows()).anyMatch(row -> row.get(0).equals(laChildId));
    }

    @Test
    void everyListMadeIsAuditedWithItsChildren() {
        long before = audited(referred);
        make(AnnexAList.REFERRALS, today.date());
        assertThat(audited(referred)).isEqualTo(before + 1);
        String detail = jdbc.sql("""
                        SELECT detail FROM audit_entry WHERE action = 'ANNEX_A_LIST_MADE' AND username = 'analyst'
                        ORDER BY position DESC LIMIT 1""").query(String.class).single();
        assertThat(detail).startsWith("List 3 (Referrals), ").contains(" rows, inspection date ");
    }

    private long audited(UUID child) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'ANNEX_A_LIST_MADE' AND username = 'analyst'
                        AND subject_ids @> ARRAY[CAST(:child AS uuid)]""")
                .param("child", child).query(Long.class).single();
    }

    @Test
    void theXlsxReadsBackWithTheSameHeadersAndValues() throws Exception {
        AnnexATable table = make(AnnexAList.REFERRALS, today.date());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> steps = new ArrayList<>();
        AnnexAFiles.xlsx(table, out, counting(steps));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(text.formatCellValue(cell)));
            assertThat(header).isEqualTo(table.headers());
            assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
            String id = laChildId(referred);
            List<List<String>> ours = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < table.headers().size(); c++) {
                    values.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                if (values.get(0).equals(id)) {
                    ours.add(values);
                }
            }
            assertThat(ours).isEqualTo(rowsOf(table, referred));
        }
        assertThat(steps.stream().mapToLong(Long::longValue).sum()).isEqualTo(table.rows().size() + 1L);
    }

    @Test
    void theCsvIsUtf8WithRfc4180Quoting() throws Exception {
        AnnexATable table = new AnnexATable(AnnexAList.REFERRALS, today.date(), AnnexAList.REFERRALS.headers(),
                List.of(List.of("A1", "a) Male", "a) White", "01/02/2020", "6", "03/04/2026", "b) Schools", "No", "1",
                        "Team \"North\", Kithbridge", "=Zoë Ngata")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnexAFiles.csv(table, out, counting(new ArrayList<>()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo(String.join(",", AnnexAList.REFERRALS.headers()));
        assertThat(lines[1]).isEqualTo("A1,a) Male,a) White,01/02/2020,6,03/04/2026,b) Schools,No,1,"
                + "\"Team \"\"North\"\", Kithbridge\",'=Zoë Ngata");
        assertThat(lines).hasSize(3);
    }

    private static BackgroundWork.Progress counting(List<Long> steps) {
        return new BackgroundWork.Progress() {
            @Override
            public void total(long total) {}

            @Override
            public void advance(long n) {
                steps.add(n);
            }
        };
    }

    /** A header pattern as the schema writes it, "/…/i" with anything after the flags ignored. */
    private static Pattern pattern(String written) {
        int end = written.lastIndexOf('/');
        String body = written.substring(1, end);
        return Pattern.compile(body, written.substring(end).contains("i") ? Pattern.CASE_INSENSITIVE : 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }
}
