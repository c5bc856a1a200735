package kith.insights.census.rules;

import static kith.insights.census.rules.TestChild.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusFailure;
import kith.insights.census.CensusHeader;
import kith.insights.census.CensusValidation;
import kith.insights.census.CollectionYear;
import kith.insights.census.rules.TestChild.As;
import kith.insights.census.rules.TestChild.Cin;
import kith.insights.census.rules.TestChild.Cp;
import kith.insights.census.rules.TestChild.Ep;
import kith.insights.census.rules.TestChild.S47;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each DfE rule, one at a time: one clean child's return passes every rule, and for each rule one change to it makes
 * that rule fail. Where a change cannot help breaking a neighbouring rule too (a child protection plan before the
 * referral cannot start at a conference of the episode either), the case names the others it expects, and the test
 * fails on any further rule. Plain unit tests, no Spring: the calendar is weekends and England's bank holidays of
 * 2026 and 2027, as {@code kith.timescales} computes them (the application's wiring is tested in
 * {@code CensusFileCheckTests}).
 */
class CensusRulesTests {

    static final CollectionYear YEAR = new CollectionYear(2027);
    static final CensusHeader HEADER = new CensusHeader("CIN", "2027", d("2027-03-31"), "L", "201", "Kith", "test", "001",
            null);
    static final Set<LocalDate> BANK_HOLIDAYS = Stream.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
            "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29",
            "2027-05-03", "2027-05-31").map(LocalDate::parse).collect(Collectors.toSet());
    static final WorkingDayCalendar CALENDAR = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(day);

    static final CensusRuleBook RULES = CensusRuleBook.dfe2025to26();

    /**
     * The rules of the DfE's list that Kith does not implement, each with its reason. Empty: every rule of the
     * 2025-26 list is implemented (2883, an LA check, reports as a query).
     */
    static final Map<String, String> NOT_IMPLEMENTED = Map.of();

    /** One rule's case: the change that breaks it, and any neighbouring rules the change cannot help breaking. */
    record Case(String rule, Consumer<TestChild> change, Set<String> alsoBroken) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static void breaks(String rule, Consumer<TestChild> change, String... alsoBroken) {
        CASES.put(rule, new Case(rule, change, Set.of(alsoBroken)));
    }

    static {
        // ChildIdentifiers
        breaks("1510", c -> c.upn = "A201000012341");
        breaks("1530", c -> c.upn = "X999000012341");
        breaks("1540", c -> c.upn = "T2010000X2341");
        breaks("1550", c -> c.upn = "T20100001234I");
        breaks("1560Q", c -> c.formerUpn = "1234");
        breaks("1570", c -> c.laChildId = "KITH0001KITH0001KITH0");
        breaks("1580", c -> c.laChildId = "KITH-0001");
        breaks("4180", c -> c.sex = "1");
        breaks("8500", c -> c.laChildId = null);
        breaks("8520", c -> {
            c.birth = d("2027-04-02");
            c.episodes.remove(0);
        });
        breaks("8525Q", c -> c.expectedBirth = d("2027-05-01"));
        breaks("8530Q", c -> unborn(c, d("2027-02-15")));
        breaks("8535Q", c -> c.death = d("2016-01-01"), "8545Q", "8555Q", "4008", "4009Q", "8915");
        breaks("8545Q", c -> c.death = d("2027-04-10"));
        breaks("8590", c -> c.episodes.clear());
        breaks("8750", c -> {
            unborn(c, d("2027-05-10"));
            c.sex = "M";
        });
        breaks("8770Q", c -> c.upn = null);
        breaks("8772", c -> c.upnUnknown = "UN7");
        breaks("8775Q", c -> c.birth = d("2000-01-01"));
        // ChildCharacteristics
        breaks("4220", c -> c.ethnicity = "XXXX");
        breaks("8540", c -> c.disabilities = new ArrayList<>(List.of("FOO")));
        breaks("8790", c -> c.disabilities = new ArrayList<>(List.of("NONE", "MOB")));
        breaks("8794", c -> c.disabilities = new ArrayList<>(List.of("MOB", "MOB")));
        // CINdetails
        breaks("2990", c -> c.first().reason = "RC8");
        breaks("2991Q", c -> {
            c.first().assessments.clear();
            c.first().section47s.add(new S47(d("2026-04-22"), null, null, true));
        });
        breaks("8555Q", c -> c.death = d("2026-08-01"), "8915");
        breaks("8568", c -> c.second().nfa = null);
        breaks("8569Q", c -> {
            Ep nfa = new Ep();
            nfa.referral = d("2026-03-20");
            nfa.source = "1A";
            nfa.closure = d("2026-04-01");
            nfa.reason = "RC4";
            nfa.nfa = true;
            c.episodes.add(0, nfa);
        });
        breaks("8585Q", c -> c.first().reason = "RC2");
        breaks("8600", c -> c.second().referral = null);
        breaks("8606", c -> c.birth = d("2027-03-01"));
        breaks("8610", c -> c.second().need = null);
        breaks("8620", c -> {
            c.second().closure = d("2027-04-05");
            c.second().reason = "RC3";
        });
        breaks("8630", c -> c.first().closure = d("2026-04-19"), "8565");
        breaks("8640", c -> c.first().reason = "RC0");
        breaks("8650", c -> c.second().need = "N99");
        breaks("8805", c -> c.first().reason = null);
        breaks("8810", c -> c.second().reason = "RC3");
        breaks("8815", c -> reopenFirst(c), "8816", "8820");
        breaks("8816", c -> {
            reopenFirst(c);
            c.second().closure = d("2027-01-15");
            c.second().reason = "RC3";
        }, "8820");
        breaks("8820", c -> c.second().referral = d("2026-05-15"));
        breaks("8825Q", c -> {
            c.first().reason = "RC8";
            c.first().assessments.clear();
            c.first().cinPlans.clear();
        });
        breaks("8831", c -> {
            c.first().cinPlans.clear();
            c.first().nfa = true;
        });
        breaks("8866", c -> c.first().source = null);
        breaks("8867", c -> {
            c.first().assessments.get(0).end = null;
            c.first().assessments.get(0).factors.clear();
        }, "8670Q");
        breaks("8868", c -> c.first().section47s.add(new S47(d("2026-04-22"), null, null, false)), "8675Q");
        breaks("8890", c -> c.second().section47s.add(new S47(d("2026-09-15"), null, d("2026-10-06"), false)));
        // Assessments
        breaks("1103", c -> c.first().assessments.get(0).start = d("2026-04-17"));
        breaks("8608", c -> c.first().assessments.get(0).start = d("2026-05-25"));
        breaks("8614", c -> c.second().assessments.add(new As(d("2027-03-15"), null, "2A")));
        breaks("8670Q", c -> c.second().assessments.add(new As(d("2026-12-01"), null)));
        breaks("8696", c -> c.second().assessments.get(0).end = d("2027-04-05"));
        breaks("8736", c -> c.second().assessments.add(new As(null, null)));
        breaks("8863Q", c -> c.second().assessments.add(new As(d("2026-10-01"), d("2026-10-20"), "2A")));
        breaks("8869", c -> c.first().assessments.get(0).factors = new ArrayList<>(List.of("21", "2A")));
        breaks("8873Q", c -> c.first().assessments.get(0).factors = new ArrayList<>(List.of("21")));
        breaks("8896", c -> {
            c.second().assessments.add(new As(d("2027-03-10"), null));
            c.second().assessments.add(new As(d("2027-03-12"), null));
        }, "8863Q");
        breaks("8897Q", c -> c.first().assessments.get(0).factors.clear());
        breaks("8898", c -> c.first().assessments.get(0).factors = new ArrayList<>(List.of("2A", "2A")));
        breaks("8945Q", c -> c.first().assessments.get(0).factors = new ArrayList<>(List.of("18A")));
        breaks("8950Q", c -> c.first().assessments.get(0).factors = new ArrayList<>(List.of("19A")));
        // CINplanDates (and the Reviews' 4003)
        breaks("4000", c -> c.first().nfa = true, "8831");
        breaks("4001", c -> c.second().cinPlans.add(new Cin(d("2026-10-01"), d("2026-10-20"))), "4016");
        breaks("4003", c -> c.second().cinPlans.add(new Cin(d("2026-09-10"), null)), "4001", "4017");
        breaks("4004", c -> {
            c.second().plans.clear();
            c.first().cinPlans.get(0).end = null;
            c.second().cinPlans.add(new Cin(d("2026-10-01"), null));
        }, "4014");
        breaks("4008", c -> {
            c.death = d("2026-05-20");
            c.episodes.remove(1);
        }, "4009Q");
        breaks("4009Q", c -> {
            c.death = d("2026-05-25");
            c.episodes.remove(1);
        });
        breaks("4010", c -> c.first().cinPlans.get(0).start = null);
        breaks("4011", c -> c.first().cinPlans.get(0).end = d("2026-05-19"));
        breaks("4012Q", c -> c.first().cinPlans.get(0).end = d("2026-05-21"));
        breaks("4013", c -> {
            // Without the later protection plan, which a CIN plan running past the year would overlap.
            c.second().plans.clear();
            c.first().cinPlans.get(0).end = d("2027-04-02");
        }, "8565");
        breaks("4014", c -> c.first().cinPlans.add(new Cin(d("2026-05-25"), d("2026-05-30"))));
        breaks("4015", c -> c.first().cinPlans.get(0).start = d("2026-04-15"));
        breaks("4016", c -> c.second().cinPlans.add(new Cin(d("2026-10-01"), d("2026-10-20"))), "4001");
        breaks("4017", c -> c.second().cinPlans.add(new Cin(d("2026-09-10"), d("2026-10-05"))), "4001");
        // Section47
        breaks("1104", c -> c.first().icpc = d("2026-04-17"));
        breaks("2884", c -> c.second().icpc = d("2026-09-29"));
        breaks("2889", c -> c.second().section47s.get(0).start = d("2026-09-04"));
        breaks("8615", c -> c.second().section47s.get(0).start = null);
        breaks("8675Q", c -> c.second().section47s.add(new S47(d("2026-12-01"), null, null, false)));
        breaks("8715", c -> c.second().section47s.add(new S47(d("2027-03-25"), null, d("2027-04-06"), false)));
        breaks("8740", c -> c.second().section47s.add(new S47(d("2026-03-30"), null, null, false)),
                "2889", "8675Q", "8890");
        breaks("8839", c -> {
            c.second().section47s.add(new S47(d("2027-03-22"), null, null, false));
            c.second().section47s.add(new S47(d("2027-03-23"), null, null, false));
        }, "8890");
        breaks("8870Q", c -> c.second().section47s.get(0).target = d("2026-10-03"));
        breaks("8875", c -> {
            c.second().section47s.get(0).icpc = d("2026-09-27");
            c.second().plans.get(0).start = d("2026-09-27");
        });
        // ChildProtectionPlans (and their Reviews)
        breaks("1105", c -> c.second().plans.get(0).start = d("2026-09-04"), "2885");
        breaks("2885", c -> c.second().plans.get(0).start = d("2026-09-30"));
        breaks("8565", c -> c.first().assessments.get(0).end = d("2026-06-05"));
        breaks("8720", c -> c.second().plans.get(0).start = null);
        breaks("8730", c -> c.second().plans.get(0).previous = null);
        breaks("8832", c -> c.second().nfa = true, "8831");
        breaks("8840", c -> c.second().plans.get(0).end = d("2026-09-29"));
        breaks("8841", c -> c.second().plans.get(0).reviews = new ArrayList<>(List.of(d("2026-09-29"))));
        breaks("8842Q", c -> c.second().plans.get(0).reviews.add(null));
        breaks("8905", c -> c.second().plans.get(0).initial = "XXX");
        breaks("8910", c -> c.second().plans.get(0).latest = null);
        breaks("8915", c -> c.death = d("2026-09-20"));
        breaks("8920", c -> {
            c.death = d("2026-10-15");
            c.second().plans.get(0).end = d("2026-10-20");
        });
        breaks("8925", c -> c.second().plans.get(0).end = d("2026-09-25"));
        breaks("8930", c -> c.second().plans.get(0).end = d("2027-04-05"));
        breaks("8935", c -> c.second().plans.add(new Cp(d("2026-11-02"), null)), "8940", "2885");
        breaks("8940", c -> c.second().plans.add(new Cp(d("2026-09-29"), d("2026-10-30"))));
    }

    /** An unborn child (expected date of birth, Sex U) referred in September 2026 only. */
    private static void unborn(TestChild c, LocalDate expected) {
        c.birth = null;
        c.expectedBirth = expected;
        c.sex = "U";
        c.upn = null;
        c.episodes.remove(0);
    }

    private static void reopenFirst(TestChild c) {
        c.first().closure = null;
        c.first().reason = null;
    }

    static Set<String> codes(CensusChild child) {
        CensusValidation.Session session = RULES.session(HEADER, YEAR, CALENDAR);
        return session.check(child).stream().map(CensusFailure::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    static Stream<Arguments> cases() {
        return CASES.values().stream().map(Arguments::of);
    }

    @Test
    void theCleanChildPassesEveryRule() {
        assertThat(codes(TestChild.clean().build())).isEmpty();
    }

    /** Check letters Y and Z (weighted sums 21 and 22) were once missing from the rule's table, which then failed. */
    @Test
    void aUpnWhoseCheckLetterIsNearTheEndOfTheAlphabetPassesEveryRule() {
        TestChild child = TestChild.clean();
        child.upn = "Z201000012345";
        assertThat(codes(child.build())).isEmpty();
        child.upn = "Y201000012345";
        assertThat(codes(child.build())).containsExactly("1510");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachChangeBreaksItsRule(Case c) {
        TestChild child = TestChild.clean();
        c.change().accept(child);
        Set<String> broken = codes(child.build());
        assertThat(broken).as("rule %s", c.rule()).contains(c.rule());
        Set<String> expected = new TreeSet<>(c.alsoBroken());
        expected.add(c.rule());
        assertThat(broken).as("rule %s broke others", c.rule()).isEqualTo(expected);
    }

    @Test
    void everyRuleOfTheDfesListIsImplementedOrListedWithItsReason() {
        List<String> neither = new ArrayList<>();
        for (RuleDefinition rule : RULES.list().all()) {
            if (!RULES.implemented().contains(rule.code()) && !NOT_IMPLEMENTED.containsKey(rule.code())) {
                neither.add(rule.code());
            }
            assertThat(RULES.implemented().contains(rule.code()) && NOT_IMPLEMENTED.containsKey(rule.code()))
                    .as("rule %s is both implemented and listed as not", rule.code()).isFalse();
        }
        assertThat(neither).isEmpty();
        assertThat(RULES.list().all()).hasSize(109);
        assertThat(RULES.list().all().stream().filter(RuleDefinition::error)).hasSize(82);
    }

    @Test
    void everyRuleOfOneChildHasACaseAndEveryCaseARule() {
        Set<String> acrossChildren = Set.of("100", "1520", "2883", "2886Q", "2887Q", "2888Q", "8510");
        Set<String> childRules = new TreeSet<>(RULES.implemented());
        childRules.removeAll(acrossChildren);
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(childRules);
    }

    @Test
    void messagesAndTypesComeFromTheDfesList() {
        TestChild child = TestChild.clean();
        child.laChildId = "KITH-0001";
        CensusFailure failure = RULES.session(HEADER, YEAR, CALENDAR).check(child.build()).getFirst();
        assertThat(failure.rule()).isEqualTo("1580");
        assertThat(failure.error()).isTrue();
        assertThat(failure.module()).isEqualTo("ChildIdentifiers");
        assertThat(failure.message()).isEqualTo("LA Child ID must not contain any non-alphanumeric characters");
        assertThat(failure.laChildId()).isEqualTo("KITH-0001");

        TestChild queried = TestChild.clean();
        queried.formerUpn = "1234";
        assertThat(RULES.session(HEADER, YEAR, CALENDAR).check(queried.build()).getFirst().error()).isFalse();
    }

    @Test
    void aFailingItemIsNamedByItsKithRecord() {
        TestChild child = TestChild.clean();
        child.second().plans.get(0).start = d("2026-09-30");
        CensusChild built = child.build();
        CensusFailure failure = RULES.session(HEADER, YEAR, CALENDAR).check(built).getFirst();
        assertThat(failure.sourceId()).isEqualTo(built.episodes().get(1).protectionPlans().get(0).sourceId());
        assertThat(failure.personId()).isEqualTo(built.personId());
    }

    /** The rules across children, reported by finish(). */
    private static Map<String, List<String>> finished(List<TestChild> children, CensusHeader header) {
        CensusValidation.Session session = RULES.session(header, YEAR, CALENDAR);
        children.forEach(c -> session.check(c.build()));
        return session.finish().stream().collect(Collectors.groupingBy(CensusFailure::rule, LinkedHashMap::new,
                Collectors.mapping(f -> String.valueOf(f.laChildId()), Collectors.toList())));
    }

    /** Children with nine disability codes between them, two at least each: the return-wide disability queries pass. */
    private static List<TestChild> cleanReturn() {
        List<TestChild> children = new ArrayList<>();
        String[][] disabilities = {{"MOB", "HAND", "VIS"}, {"COMM", "LD", "HEAR"}, {"BEH", "AUT", "DDA"}};
        for (int i = 0; i < 3; i++) {
            TestChild c = TestChild.clean();
            c.laChildId = "KITH000" + (i + 1);
            c.upn = List.of("T201000012341", "G201000012342", "W201000012343").get(i);
            c.disabilities = new ArrayList<>(List.of(disabilities[i]));
            children.add(c);
        }
        return children;
    }

    @Test
    void aCleanReturnPassesTheRulesAcrossChildren() {
        assertThat(finished(cleanReturn(), HEADER)).isEmpty();
    }

    @Test
    void theRulesAcrossChildrenReportWhenTheReturnIsFinished() {
        List<TestChild> duplicates = cleanReturn();
        duplicates.get(1).laChildId = "KITH0001";
        assertThat(finished(duplicates, HEADER)).containsOnlyKeys("8510").containsEntry("8510", List.of("KITH0001"));

        List<TestChild> sameUpn = cleanReturn();
        sameUpn.get(2).upn = "T201000012341";
        assertThat(finished(sameUpn, HEADER)).containsOnlyKeys("1520")
                .containsEntry("1520", List.of("KITH0001", "KITH0003"));

        List<TestChild> noSex = cleanReturn();
        noSex.get(0).sex = "U";
        assertThat(finished(noSex, HEADER)).containsOnlyKeys("2886Q");

        List<TestChild> fewCodes = cleanReturn();
        fewCodes.get(2).disabilities = new ArrayList<>(List.of("MOB", "HAND"));
        assertThat(finished(fewCodes, HEADER)).containsOnlyKeys("2887Q");

        List<TestChild> oneEach = cleanReturn();
        String[] singles = {"MOB", "HAND", "VIS", "COMM", "LD", "HEAR", "BEH", "AUT", "DDA"};
        oneEach.clear();
        for (int i = 0; i < singles.length; i++) {
            TestChild c = TestChild.clean();
            c.laChildId = "KITHS" + i;
            c.upn = null;
            c.upnUnknown = "UN2";
            c.disabilities = new ArrayList<>(List.of(singles[i]));
            oneEach.add(c);
        }
        assertThat(finished(oneEach, HEADER)).containsOnlyKeys("2888Q");

        List<TestChild> planWithoutConference = cleanReturn();
        planWithoutConference.get(0).second().section47s.get(0).icpc = null;
        planWithoutConference.get(0).second().section47s.get(0).notRequired = true;
        assertThat(finished(planWithoutConference, HEADER)).containsOnlyKeys("2883");

        CensusHeader wrongDate = new CensusHeader("CIN", "2027", d("2027-03-30"), "L", "201", null, null, null, null);
        assertThat(finished(cleanReturn(), wrongDate)).containsOnlyKeys("100").containsEntry("100", List.of("null"));
        assertThat(finished(cleanReturn(), null)).containsOnlyKeys("100");
    }

    @Test
    void theWorkingDayRulesCountBankHolidays() {
        // 45 working days before 31 March 2027, counting Good Friday (26 March) and Easter Monday (29 March) as
        // holidays, is 25 January 2027: an assessment open since the working day before it is queried.
        assertThat(CALENDAR.workingDaysBefore(d("2027-03-31"), 45)).isEqualTo(d("2027-01-25"));
        TestChild late = TestChild.clean();
        late.second().assessments.add(new As(d("2027-01-22"), null));
        assertThat(codes(late.build())).containsExactly("8670Q");
        TestChild onTime = TestChild.clean();
        onTime.second().assessments.add(new As(d("2027-01-25"), null));
        assertThat(codes(onTime.build())).isEmpty();
        // Without the bank holidays the limit would be two working days later, and 25 January would be queried.
        WorkingDayCalendar weekdaysOnly = day -> day.getDayOfWeek().getValue() < 6;
        assertThat(weekdaysOnly.workingDaysBefore(d("2027-03-31"), 45)).isEqualTo(d("2027-01-27"));
    }
}
