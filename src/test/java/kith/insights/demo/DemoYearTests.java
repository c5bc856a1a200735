package kith.insights.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import kith.insights.census.CensusValidationReport;
import kith.insights.census.CinCensusXml;
import kith.insights.census.CollectionYear;
import kith.insights.jobs.BackgroundWork;
import kith.support.Users;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.NodeList;
import kith.KithTest;
import kith.familyhelp.AssessmentOutcome;
import kith.familyhelp.EpisodeKind;
import kith.frontdoor.ReferralDecision;
import kith.insights.demo.DemoYearPlan.ChildPath;
import kith.insights.demo.DemoYearPlan.Cycle;
import kith.insights.demo.DemoYearPlan.Episode;
import kith.insights.demo.DemoYearPlan.Fgdm;
import kith.insights.demo.DemoYearPlan.Protection;
import kith.networks.FgdmStage;
import kith.shared.Today;
import kith.timescales.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo year: its plan (pure, from the seed) has children at every stage, some late, some re-referred, some on a
 * second plan, nothing before 1 April 2026 or after today, and the same paths for the same seed; and the loader
 * records the whole plan through the modules' services (in a transaction rolled back at the end, so that the shared
 * test database keeps only its own data).
 */
@KithTest
class DemoYearTests {

    @Autowired DemoYearLoader loader;
    @Autowired WorkingDays workingDays;
    @Autowired Today today;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired CinCensusXml census;
    @Autowired CensusValidationReport reports;
    @Autowired Users users;

    static final CollectionYear YEAR = new CollectionYear(2027);

    List<ChildPath> paths;
    Predicate<LocalDate> workingDay;

    @BeforeEach
    void plan() {
        workingDay = workingDays.calendar()::isWorkingDay;
        paths = DemoYearPlan.of(DemoYear.SEED, DemoYear.CHILDREN, DemoYear.FIRST_DAY, today.date(), workingDay);
    }

    @Test
    void theSameSeedGivesTheSamePathsAndAnotherSeedOthers() {
        assertThat(DemoYearPlan.of(DemoYear.SEED, DemoYear.CHILDREN, DemoYear.FIRST_DAY, today.date(), workingDay))
                .isEqualTo(paths);
        assertThat(DemoYearPlan.of(DemoYear.SEED + 1, DemoYear.CHILDREN, DemoYear.FIRST_DAY, today.date(), workingDay))
                .isNotEqualTo(paths);
    }

    @Test
    void nothingIsDatedBeforeTheYearOrAfterToday() {
        List<LocalDate> dates = paths.stream().flatMap(p -> p.cycles().stream()).flatMap(DemoYearTests::dates).toList();
        assertThat(dates).hasSizeGreaterThan(DemoYear.CHILDREN * 3)
                .allSatisfy(d -> assertThat(d).isBetween(DemoYear.FIRST_DAY, today.date()));
        assertThat(paths).allSatisfy(p -> assertThat(p.child().dateOfBirth()).isBefore(DemoYear.FIRST_DAY));
    }

    @Test
    void everyStageHasChildrenInRealisticNumbers() {
        List<Cycle> cycles = cycles();
        List<Episode> episodes = episodes();
        assertThat(paths).hasSize(DemoYear.CHILDREN);
        assertThat(cycles.stream().filter(c -> c.referral().decision() == ReferralDecision.NO_FURTHER_ACTION))
                .hasSizeBetween(40, 120);
        assertThat(episodes.stream().filter(e -> e.kind() == EpisodeKind.TARGETED_EARLY_HELP)).hasSizeBetween(40, 120);
        assertThat(episodes.stream().filter(e -> e.kind() == EpisodeKind.CHILD_IN_NEED)).hasSizeBetween(80, 220);
        assertThat(episodes.stream().map(Episode::lead).distinct()).as("leads from several agencies").hasSize(4);
        assertThat(completedAssessments()).hasSizeGreaterThan(100);
        assertThat(protections().filter(Protection::section47)).hasSizeGreaterThan(30);
        assertThat(protections().filter(p -> p.conferenceOn() != null)).hasSizeGreaterThan(25);
        assertThat(protections().filter(Protection::plan)).hasSizeBetween(20, 90);
        assertThat(protections().filter(p -> p.planEndedOn() != null)).hasSizeGreaterThan(5);
        assertThat(protections().flatMap(p -> p.visits().stream())).hasSizeGreaterThan(100);
        assertThat(episodes.stream().filter(e -> e.closure() != null)).hasSizeGreaterThan(50)
                .allSatisfy(e -> assertThat(e.closure().reason()).isNotNull());
        assertThat(episodes.stream().filter(e -> e.closure() == null)).as("open today").hasSizeGreaterThan(50);
        List<Fgdm> fgdms = episodes.stream().map(Episode::fgdm).filter(Objects::nonNull).toList();
        assertThat(fgdms.stream().filter(f -> f.heldOn() != null)).hasSizeGreaterThan(10);
        assertThat(fgdms.stream().map(Fgdm::stage).distinct()).containsExactlyInAnyOrder(FgdmStage.values());
        assertThat(fgdms.stream().filter(f -> f.supportPackage() != null)).hasSizeGreaterThan(5);
        assertThat(episodes.stream().filter(e -> e.preProceedings() != null)).hasSizeGreaterThan(1);
        assertThat(episodes.stream().filter(e -> e.preProceedings() != null && e.preProceedings().letterOn() != null))
                .isNotEmpty().allSatisfy(e -> assertThat(e.fgdm()).as("the letter offers a meeting").isNotNull()
                        .extracting(Fgdm::stage).isEqualTo(FgdmStage.PRE_PROCEEDINGS));
    }

    @Test
    void someAreLateWithTheirReasons() {
        assertThat(cycles().stream().filter(c -> c.referral().lateReason() != null)).hasSizeGreaterThan(10);
        assertThat(completedAssessments().stream().filter(a -> a.lateReason() != null)).hasSizeGreaterThan(5);
        assertThat(protections().filter(p -> p.conferenceLateReason() != null)).hasSizeGreaterThan(2);
        assertThat(completedAssessments()).allSatisfy(a -> assertThat(a.factors()).isNotEmpty());
        assertThat(completedAssessments().stream().filter(a -> a.factors().contains("21")))
                .allSatisfy(a -> assertThat(a.outcome()).isIn(AssessmentOutcome.CLOSE_NO_FURTHER_ACTION,
                        AssessmentOutcome.CLOSE_TO_EARLY_HELP));
    }

    @Test
    void someAreReReferredWithinTwelveMonthsAndSomeHaveASecondPlan() {
        assertThat(paths.stream().filter(p -> p.cycles().size() > 1)).hasSizeGreaterThan(12);
        assertThat(paths.stream().filter(DemoYearTests::secondPlan)).as("children on a second plan").hasSizeGreaterThan(3);
        assertThat(paths.stream().filter(p -> p.cycles().size() > 1 && p.cycles().get(1).referral().receivedOn()
                .isBefore(p.cycles().get(0).referral().receivedOn().plusMonths(12))))
                .as("re-referred within 12 months").hasSizeGreaterThan(12);
    }

    @Test
    void theCensusCanCountItEpisodesDoNotOverlapAndConferencesAreOnWorkingDays() {
        for (ChildPath path : paths) {
            LocalDate endOfLast = null;
            for (Cycle cycle : path.cycles()) {
                if (endOfLast != null) {
                    assertThat(cycle.referral().receivedOn()).isAfter(endOfLast);
                }
                Episode e = cycle.episode();
                endOfLast = e == null ? cycle.referral().decidedOn() : e.closure() == null ? null : e.closure().on();
                if (e != null && e.closure() != null) {
                    assertThat(dates(cycle).toList()).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(e.closure().on()));
                    assertThat(e.assessment().completedOn()).as("a closed episode's assessment is completed").isNotNull();
                }
            }
        }
        assertThat(protections().map(Protection::conferenceOn).filter(Objects::nonNull))
                .allSatisfy(d -> assertThat(workingDay.test(d)).as(d + " is a working day").isTrue())
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /**
     * Children whose paths between them reach every stage: the loader is checked on these (recording all of them
     * takes minutes; DemoYear does it after start-up).
     */
    List<ChildPath> covering() {
        List<Predicate<ChildPath>> wanted = List.of(
                p -> secondPlan(p),
                p -> p.cycles().stream().anyMatch(c -> c.referral().decision() == ReferralDecision.NO_FURTHER_ACTION),
                p -> p.cycles().stream().anyMatch(c -> c.referral().lateReason() != null),
                p -> episodesOf(p).anyMatch(e -> e.kind() == EpisodeKind.TARGETED_EARLY_HELP && e.lead() > 1
                        && e.closure() != null),
                p -> episodesOf(p).anyMatch(e -> e.closure() != null && e.closure().reason().name().equals("RC8")),
                p -> episodesOf(p).anyMatch(e -> e.assessment() != null && e.assessment().lateReason() != null),
                p -> episodesOf(p).anyMatch(e -> e.preProceedings() != null),
                p -> episodesOf(p).anyMatch(e -> e.fgdm() != null && e.fgdm().supportPackage() != null
                        && e.fgdm().supportPackage().paidOn() != null && e.lead() > 0),
                p -> episodesOf(p).anyMatch(e -> e.protection() != null && e.protection().conferenceLateReason() != null),
                p -> episodesOf(p).anyMatch(e -> e.protection() != null && e.protection().visits().stream()
                        .anyMatch(v -> v.lateReason() != null)),
                p -> episodesOf(p).anyMatch(e -> e.protection() != null && e.protection().section47()
                        && !e.protection().conferenceNeeded() && e.protection().enquiryCompletedOn() != null));
        List<ChildPath> chosen = new ArrayList<>();
        for (Predicate<ChildPath> want : wanted) {
            ChildPath found = paths.stream().filter(want).findFirst().orElseThrow();
            if (!chosen.contains(found)) {
                chosen.add(found);
            }
        }
        return chosen;
    }

    /**
     * Records a sample of paths reaching every stage, and checks that the census of the year ending 31 March 2027 is
     * a full return of them: every child in it, the file valid against the 2026 schema, and Kith's own DfE rules
     * finding nothing wrong with any of them (the shared database's other children, some planted wrong on purpose
     * by the rules' tests, are left out of that count).
     */
    @Test
    void theLoaderRecordsTheYearThroughTheServicesAndItsCensusIsAFullCleanReturn() {
        paths = covering();
        assertThat(loader.canBackdate()).isTrue();
        String counts = """
                SELECT (SELECT count(*) FROM referral) || '/' || (SELECT count(*) FROM family_help_episode) || '/'
                    || (SELECT count(*) FROM assessment WHERE completed_on IS NOT NULL) || '/'
                    || (SELECT count(*) FROM child_protection_plan) || '/'
                    || (SELECT count(*) FROM family_group_decision WHERE held_on IS NOT NULL) || '/'
                    || (SELECT count(*) FROM support_package) || '/' || (SELECT count(*) FROM pre_proceedings)""";
        transactions.executeWithoutResult(status -> {
            long[] before = parse(jdbc.sql(counts).query(String.class).single());
            Set<UUID> peopleBefore = Set.copyOf(jdbc.sql("SELECT id FROM person").query(UUID.class).list());
            long started = System.nanoTime();
            loader.load(paths);
            System.out.printf("The demo year (%d children) recorded in %d ms%n", paths.size(),
                    (System.nanoTime() - started) / 1_000_000);
            long[] after = parse(jdbc.sql(counts).query(String.class).single());
            long[] added = new long[after.length];
            for (int i = 0; i < after.length; i++) {
                added[i] = after[i] - before[i];
            }
            assertThat(added).containsExactly(cycles().size(), episodes().size(), completedAssessments().size(),
                    protections().filter(p -> p.plan()).count(),
                    episodes().stream().map(Episode::fgdm).filter(f -> f != null && f.heldOn() != null).count(),
                    episodes().stream().map(Episode::fgdm).filter(f -> f != null && f.supportPackage() != null).count(),
                    episodes().stream().filter(e -> e.preProceedings() != null).count());

            Set<String> demoChildren = jdbc.sql("SELECT id, la_child_id FROM person WHERE la_child_id IS NOT NULL")
                    .query((rs, n) -> peopleBefore.contains(rs.getObject("id", UUID.class)) ? null
                            : rs.getString("la_child_id"))
                    .list().stream().filter(Objects::nonNull).collect(Collectors.toSet());
            assertThat(demoChildren).hasSize(paths.size());
            byte[] file = censusOf(YEAR);
            assertThat(laChildIds(file)).containsAll(demoChildren);
            validAgainst(file, CinCensusXml.SCHEMA);
            var report = users.call("team.manager", () -> reports.report(YEAR));
            assertThat(report.rows()).filteredOn(row -> demoChildren.contains(row.laChildId()))
                    .as("the DfE rules' failures in the demo year's children")
                    .extracting(row -> row.rule() + " " + row.laChildId() + ": " + row.message())
                    .isEmpty();
            status.setRollbackOnly();
        });
    }

    private byte[] censusOf(CollectionYear year) {
        var out = new ByteArrayOutputStream();
        users.run("analyst", () -> census.write(year, out, new BackgroundWork.Progress() {
            @Override
            public void total(long steps) {}

            @Override
            public void advance(long steps) {}
        }));
        return out.toByteArray();
    }

    private static void validAgainst(byte[] file, String schema) {
        try (var in = new ClassPathResource(schema).getInputStream()) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(in)).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (Exception invalid) {
            throw new AssertionError("The demo year's census is not valid against " + schema + ": " + invalid.getMessage(),
                    invalid);
        }
    }

    private static Set<String> laChildIds(byte[] file) {
        try {
            NodeList ids = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(file)).getElementsByTagName("LAchildID");
            Set<String> found = new HashSet<>();
            for (int i = 0; i < ids.getLength(); i++) {
                found.add(ids.item(i).getTextContent().strip());
            }
            return found;
        } catch (Exception unreadable) {
            throw new AssertionError("The census could not be read: " + unreadable.getMessage(), unreadable);
        }
    }

    private static boolean secondPlan(ChildPath p) {
        return episodesOf(p).map(Episode::protection).filter(Objects::nonNull).filter(Protection::plan).count() > 1;
    }

    private static Stream<Episode> episodesOf(ChildPath p) {
        return p.cycles().stream().map(Cycle::episode).filter(Objects::nonNull);
    }

    private static long[] parse(String counts) {
        return Stream.of(counts.split("/")).mapToLong(Long::parseLong).toArray();
    }

    private List<Cycle> cycles() {
        return paths.stream().flatMap(p -> p.cycles().stream()).toList();
    }

    private List<Episode> episodes() {
        return cycles().stream().map(Cycle::episode).filter(Objects::nonNull).toList();
    }

    private Stream<Protection> protections() {
        return episodes().stream().map(Episode::protection).filter(Objects::nonNull);
    }

    private List<DemoYearPlan.Assessment> completedAssessments() {
        return episodes().stream().map(Episode::assessment).filter(a -> a != null && a.completedOn() != null).toList();
    }

    /** Every date anywhere in a record, its records and lists, found by the records' own components. */
    static Stream<LocalDate> dates(Object value) {
        List<LocalDate> found = new ArrayList<>();
        collect(value, found);
        return found.stream();
    }

    private static void collect(Object value, List<LocalDate> found) {
        if (value instanceof LocalDate date) {
            found.add(date);
        } else if (value instanceof Collection<?> many) {
            many.forEach(v -> collect(v, found));
        } else if (value != null && value.getClass().isRecord()
                && value.getClass().getPackageName().equals(DemoYearPlan.class.getPackageName())) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
