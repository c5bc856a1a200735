package kith.insights.census.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.insights.census.CensusChild;

/**
 * A child's census return to change one thing at a time: {@link #clean()} passes every rule for the year ending
 * 31 March 2027, and each rule's test changes one field of it.
 */
final class TestChild {

    String laChildId = "KITH0001";
    String upn = "T201000012341";
    String formerUpn;
    String upnUnknown;
    LocalDate birth = d("2016-05-14");
    LocalDate expectedBirth;
    String sex = "M";
    LocalDate death;
    String ethnicity = "WBRI";
    List<String> disabilities = new ArrayList<>(List.of("MOB"));
    List<Ep> episodes = new ArrayList<>();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /**
     * Two episodes: one closed in June 2026 after an assessment and a CIN plan; one open since September 2026 with an
     * assessment, a section 47 enquiry whose conference started a protection plan, and a review.
     */
    static TestChild clean() {
        TestChild c = new TestChild();
        Ep a = new Ep();
        a.referral = d("2026-04-20");
        a.source = "1A";
        a.need = "N4";
        a.closure = d("2026-06-01");
        a.reason = "RC3";
        a.assessments.add(new As(d("2026-04-21"), d("2026-05-20"), "2A"));
        a.cinPlans.add(new Cin(d("2026-05-21"), d("2026-06-01")));
        c.episodes.add(a);
        Ep b = new Ep();
        b.referral = d("2026-09-07");
        b.source = "5A";
        b.need = "N1";
        b.assessments.add(new As(d("2026-09-08"), d("2026-10-12"), "3A", "4A"));
        b.section47s.add(new S47(d("2026-09-09"), d("2026-09-30"), d("2026-09-29"), false));
        Cp plan = new Cp(d("2026-09-29"), null);
        plan.reviews.add(d("2026-12-17"));
        b.plans.add(plan);
        c.episodes.add(b);
        return c;
    }

    Ep first() {
        return episodes.get(0);
    }

    Ep second() {
        return episodes.get(1);
    }

    CensusChild build() {
        return new CensusChild(UUID.randomUUID(), laChildId, upn, formerUpn, upnUnknown, birth, expectedBirth, sex, death,
                ethnicity, new ArrayList<>(disabilities), episodes.stream().map(Ep::build).toList());
    }

    static final class Ep {
        final UUID id = UUID.randomUUID();
        LocalDate referral;
        String source;
        String need;
        LocalDate closure;
        String reason;
        LocalDate icpc;
        Boolean nfa = false;
        List<As> assessments = new ArrayList<>();
        List<Cin> cinPlans = new ArrayList<>();
        List<S47> section47s = new ArrayList<>();
        List<Cp> plans = new ArrayList<>();

        CensusChild.Episode build() {
            return new CensusChild.Episode(id, referral, source, need, closure, reason, icpc,
                    assessments.stream().map(As::build).toList(), cinPlans.stream().map(Cin::build).toList(),
                    section47s.stream().map(S47::build).toList(), nfa, plans.stream().map(Cp::build).toList(), null);
        }
    }

    static final class As {
        LocalDate start;
        LocalDate end;
        List<String> factors;

        As(LocalDate start, LocalDate end, String... factors) {
            this.start = start;
            this.end = end;
            this.factors = new ArrayList<>(List.of(factors));
        }

        CensusChild.Assessment build() {
            return new CensusChild.Assessment(UUID.randomUUID(), start, null, end, new ArrayList<>(factors));
        }
    }

    static final class Cin {
        LocalDate start;
        LocalDate end;

        Cin(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
        }

        CensusChild.CinPlan build() {
            return new CensusChild.CinPlan(UUID.randomUUID(), start, end);
        }
    }

    static final class S47 {
        LocalDate start;
        LocalDate target;
        LocalDate icpc;
        Boolean notRequired;

        S47(LocalDate start, LocalDate target, LocalDate icpc, Boolean notRequired) {
            this.start = start;
            this.target = target;
            this.icpc = icpc;
            this.notRequired = notRequired;
        }

        CensusChild.Section47 build() {
            return new CensusChild.Section47(UUID.randomUUID(), start, target, icpc, notRequired);
        }
    }

    static final class Cp {
        LocalDate start;
        LocalDate end;
        String initial = "NEG";
        String latest = "NEG";
        Integer previous = 0;
        List<LocalDate> reviews = new ArrayList<>();

        Cp(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
        }

        CensusChild.ProtectionPlan build() {
            return new CensusChild.ProtectionPlan(UUID.randomUUID(), start, end, initial, latest, previous,
                    java.util.Collections.unmodifiableList(new ArrayList<>(reviews)));
        }
    }
}
