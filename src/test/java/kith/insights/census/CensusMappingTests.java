package kith.insights.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kith.familyhelp.FamilyHelpForReturns.AssessmentFacts;
import kith.familyhelp.FamilyHelpForReturns.EpisodeFacts;
import kith.familyhelp.FamilyHelpForReturns.PlanFacts;
import kith.familyhelp.PrimaryNeed;
import kith.frontdoor.ReferralsForReturns.ReferralFacts;
import kith.insights.census.CensusChild.CinPlan;
import kith.people.ChildrenForReturns.ChildFacts;
import kith.protection.ProtectionForReturns;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The mapping's rules on facts alone, without a database: which referrals and episodes a child's return holds. */
class CensusMappingTests {

    static final CollectionYear YEAR = new CollectionYear(2027);
    static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    static ChildFacts child(String upn, LocalDate born) {
        return new ChildFacts(UUID.randomUUID(), "K000000001", upn, born, null, "F", null, List.of());
    }

    static ReferralFacts referral(LocalDate on, String decision, boolean nfa) {
        return new ReferralFacts(UUID.randomUUID(), UUID.randomUUID(), on, "3A", decision, on, nfa);
    }

    @Test
    void targetedEarlyHelpIsAnNfaReferralAndNotAnEpisodeUnlessItSteppedUp() {
        ReferralFacts toEarlyHelp = referral(MAY, "TARGETED_EARLY_HELP", false);
        EpisodeFacts earlyHelp = new EpisodeFacts(UUID.randomUUID(), null, false, toEarlyHelp.id(), MAY, MAY, null, null,
                null, null, List.of(), List.of());
        CensusChild c = CensusMapping.child(new CensusMapping.Facts(child(null, LocalDate.of(2015, 1, 1)),
                List.of(toEarlyHelp), List.of(earlyHelp), null, null), YEAR, false).orElseThrow();
        assertThat(c.episodes()).singleElement().satisfies(e -> {
            assertThat(e.referralNfa()).isTrue();
            assertThat(e.referralSource()).isEqualTo("3A");
            assertThat(e.assessments()).isEmpty();
        });
        assertThat(c.upnUnknown()).isEqualTo("UN7");
        assertThat(c.ethnicity()).as("not yet obtained").isEqualTo("NOBT");

        EpisodeFacts steppedUp = new EpisodeFacts(earlyHelp.id(), null, true, toEarlyHelp.id(), MAY, MAY, MAY.plusDays(9),
                null, null, "N1", List.of(), List.of());
        CensusChild stepped = CensusMapping.child(new CensusMapping.Facts(child(null, LocalDate.of(2015, 1, 1)),
                List.of(toEarlyHelp), List.of(steppedUp), null, null), YEAR, false).orElseThrow();
        assertThat(stepped.episodes()).singleElement().satisfies(e -> {
            assertThat(e.referralNfa()).isFalse();
            assertThat(e.primaryNeed()).isEqualTo("N1");
        });
        assertThat(stepped.upnUnknown()).as("of school age: the council gives the UPN or its reason").isNull();
    }

    @Test
    void aReferralDecidedForFurtherActionWithNoEpisodeYetIsAnOpenEpisodeAndOutOfYearOrUndecidedOnesAreLeftOut() {
        CensusChild c = CensusMapping.child(new CensusMapping.Facts(child(null, LocalDate.of(2024, 3, 1)),
                List.of(referral(MAY, "SECTION_17_ASSESSMENT", false), referral(MAY.minusYears(1), "NO_FURTHER_ACTION", true),
                        new ReferralFacts(UUID.randomUUID(), null, MAY.plusDays(3), "6", null, null, false)),
                List.of(), null, null), YEAR, false).orElseThrow();
        assertThat(c.episodes()).singleElement().satisfies(e -> {
            assertThat(e.referralNfa()).isFalse();
            assertThat(e.closureDate()).isNull();
        });
        assertThat(c.upnUnknown()).as("not of school age").isEqualTo("UN1");
        assertThat(CensusMapping.child(new CensusMapping.Facts(child(null, null), List.of(), List.of(), null, null),
                YEAR, false)).isEmpty();
    }

    @Test
    void anEpisodeClosedBeforeTheYearIsLeftOutAndOneClosedAfterItIsReturnedOpen() {
        EpisodeFacts before = new EpisodeFacts(UUID.randomUUID(), null, true, null, MAY.minusYears(1), MAY.minusYears(1),
                null, MAY.minusYears(1).plusMonths(2), "RC7", "N4", List.of(), List.of());
        EpisodeFacts after = new EpisodeFacts(UUID.randomUUID(), null, true, null, MAY, MAY, null, LocalDate.of(2027, 5, 1),
                "RC7", "N4", List.of(new AssessmentFacts(UUID.randomUUID(), MAY, LocalDate.of(2027, 4, 20), null,
                        List.of("21"), "N4")), List.of());
        CensusChild c = CensusMapping.child(new CensusMapping.Facts(child("A123456789012", LocalDate.of(2015, 1, 1)),
                List.of(), List.of(before, after), null, null), YEAR, false).orElseThrow();
        assertThat(c.episodes()).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo(after.id());
            assertThat(e.closureDate()).isNull();
            assertThat(e.reasonForClosure()).isNull();
            assertThat(e.referralSource()).as("no referral in Kith").isEqualTo("10");
            assertThat(e.assessments()).singleElement().satisfies(a -> {
                assertThat(a.authorisationDate()).as("completed after the year: open in it").isNull();
                assertThat(a.factors()).isEmpty();
            });
        });
        assertThat(c.upnUnknown()).isNull();
    }

    @Test
    void aChildInNeedPlanIsReturnedOnlyOutsideTheChildsProtectionPlans() {
        UUID plan = UUID.randomUUID();
        LocalDate start = LocalDate.of(2026, 5, 1);
        var cp = new ProtectionForReturns.PlanFacts(UUID.randomUUID(), null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 9, 1), "NO_LONGER_AT_RISK", "NEG", "NEG", 0, List.of());
        assertThat(CensusMapping.outsideProtection(plan, start, null, List.of(cp))).containsExactly(
                new CinPlan(plan, start, LocalDate.of(2026, 5, 31)), new CinPlan(plan, LocalDate.of(2026, 9, 2), null));
        assertThat(CensusMapping.outsideProtection(plan, start, LocalDate.of(2026, 6, 1), List.of(cp)))
                .containsExactly(new CinPlan(plan, start, LocalDate.of(2026, 5, 31)));
        assertThat(CensusMapping.outsideProtection(plan, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), List.of(cp)))
                .isEmpty();
        assertThat(CensusMapping.outsideProtection(plan, start, LocalDate.of(2026, 5, 20), List.of(cp)))
                .containsExactly(new CinPlan(plan, start, LocalDate.of(2026, 5, 20)));
    }

    @Test
    void theCinPlansOfAnEpisodeAreItsChildInNeedPlansInTheYear() {
        EpisodeFacts episode = new EpisodeFacts(UUID.randomUUID(), null, true, null, MAY, MAY, null, null, null, "N5",
                List.of(), List.of(new PlanFacts(UUID.randomUUID(), MAY.plusDays(10), LocalDate.of(2027, 6, 1))));
        CensusChild c = CensusMapping.child(new CensusMapping.Facts(child(null, LocalDate.of(2015, 1, 1)), List.of(),
                List.of(episode), null, null), YEAR, false).orElseThrow();
        assertThat(c.episodes().get(0).cinPlans()).singleElement().satisfies(p -> {
            assertThat(p.startDate()).isEqualTo(MAY.plusDays(10));
            assertThat(p.endDate()).as("ends after the year: open in it").isNull();
        });
    }

    @Test
    void thePrimaryNeedCodesAreTheDfesListCopiedWithItsLabels() throws IOException {
        List<String> rows = Arrays.stream(new String(new ClassPathResource("returns/primary_need.csv").getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8).split("\n")).skip(1).filter(l -> !l.isBlank()).toList();
        List<String> fromCsv = rows.stream().map(row -> {
            String code = row.substring(0, row.indexOf(','));
            String rest = row.substring(row.indexOf(',') + 1);
            String label = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1)) : rest.substring(0, rest.indexOf(','));
            return code + " " + label;
        }).toList();
        assertThat(Arrays.stream(PrimaryNeed.values()).map(n -> n.name() + " " + n.label()).toList())
                .containsExactlyElementsOf(fromCsv);
    }
}
