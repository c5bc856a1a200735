package kith.insights.census.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.insights.census.CensusChild;

/**
 * The rules across children, decided when the whole return has been seen. Each keeps only what it must (identifiers
 * seen, counts), so that a large return still streams.
 */
final class AcrossChildrenRules {

    private AcrossChildrenRules() {}

    static void addTo(CensusRuleBook book) {
        book.acrossChildren("1520", DuplicateUpn::new);
        book.acrossChildren("2883", MorePlansThanConferences::new);
        book.acrossChildren("2886Q", NoSexRecorded::new);
        book.acrossChildren("2887Q", FewDisabilityCodes::new);
        book.acrossChildren("2888Q", OneDisabilityEach::new);
        book.acrossChildren("8510", DuplicateLaChildId::new);
    }

    /** 8510: no LAchildID twice in the return; reported once for each repeated id. */
    static final class DuplicateLaChildId implements ReturnRule {
        private final Set<String> seen = new HashSet<>();
        private final Set<String> repeated = new java.util.LinkedHashSet<>();

        @Override
        public void see(CensusChild child, RuleContext context) {
            if (child.laChildId() != null && !seen.add(child.laChildId())) {
                repeated.add(child.laChildId());
            }
        }

        @Override
        public List<String> finish(RuleContext context) {
            return List.copyOf(repeated);
        }
    }

    /** 1520: no UPN on two children's records; reported for each child carrying a shared UPN. */
    static final class DuplicateUpn implements ReturnRule {
        private final Map<String, List<String>> childrenByUpn = new LinkedHashMap<>();

        @Override
        public void see(CensusChild child, RuleContext context) {
            if (child.upn() != null && !child.upn().isBlank()) {
                childrenByUpn.computeIfAbsent(child.upn(), upn -> new ArrayList<>(1)).add(child.laChildId());
            }
        }

        @Override
        public List<String> finish(RuleContext context) {
            List<String> children = new ArrayList<>();
            childrenByUpn.values().stream().filter(ids -> ids.size() > 1).forEach(children::addAll);
            return children;
        }
    }

    /**
     * 2886Q: more than 2% of the children born (unborn children excluded) have no sex recorded: Sex missing or U
     * ("not known"). Reported once for the return.
     */
    static final class NoSexRecorded implements ReturnRule {
        private int born;
        private int unrecorded;

        @Override
        public void see(CensusChild child, RuleContext context) {
            if (child.birthDate() == null && child.expectedBirthDate() != null) {
                return;
            }
            born++;
            if (child.sex() == null || child.sex().isBlank() || "U".equals(child.sex())) {
                unrecorded++;
            }
        }

        @Override
        public List<String> finish(RuleContext context) {
            return born > 0 && unrecorded * 100 > born * 2 ? Collections.singletonList(null) : List.of();
        }
    }

    /** 2887Q: fewer than eight different disability codes (NONE not counted) in the whole return. */
    static final class FewDisabilityCodes implements ReturnRule {
        private final Set<String> codes = new HashSet<>();

        @Override
        public void see(CensusChild child, RuleContext context) {
            child.disabilities().stream().filter(code -> code != null && !"NONE".equals(code)).forEach(codes::add);
        }

        @Override
        public List<String> finish(RuleContext context) {
            return codes.size() < 8 ? Collections.singletonList(null) : List.of();
        }
    }

    /**
     * 2888Q: every child with a disability has exactly one code recorded, none with several: read as a query about the
     * return (the DfE's wording is about recording practice), reported once.
     */
    static final class OneDisabilityEach implements ReturnRule {
        private int withDisability;
        private int withSeveral;

        @Override
        public void see(CensusChild child, RuleContext context) {
            long codes = child.disabilities().stream().filter(code -> code != null && !"NONE".equals(code)).count();
            if (codes > 0) {
                withDisability++;
            }
            if (codes > 1) {
                withSeveral++;
            }
        }

        @Override
        public List<String> finish(RuleContext context) {
            return withDisability > 0 && withSeveral == 0 ? Collections.singletonList(null) : List.of();
        }
    }

    /**
     * 2883 (an LA check, neither error nor query): more protection plans start in the year than initial conferences
     * are held in it (at enquiry or CINdetails level). Reported once, not as an error.
     */
    static final class MorePlansThanConferences implements ReturnRule {
        private int plans;
        private int conferences;

        @Override
        public void see(CensusChild child, RuleContext context) {
            for (var e : child.episodes()) {
                plans += (int) e.protectionPlans().stream().filter(p -> context.year().contains(p.startDate())).count();
                if (context.year().contains(e.dateOfInitialCpc())) {
                    conferences++;
                }
                conferences += (int) e.section47s().stream()
                        .filter(s -> context.year().contains(s.dateOfInitialCpc())).count();
            }
        }

        @Override
        public List<String> finish(RuleContext context) {
            return plans > conferences ? Collections.singletonList(null) : List.of();
        }
    }
}
