package kith.insights.census.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusFailure;
import kith.insights.census.CensusHeader;
import kith.insights.census.CensusValidation;
import kith.insights.census.CollectionYear;

/**
 * The DfE's rules as Kith implements them, each registered under its DfE code by the class for its part of the return
 * (Header, ChildIdentifiers, ChildCharacteristics, CINdetails, Assessments, CINplanDates, Section47,
 * ChildProtectionPlans). Registering a code that is not in the DfE's list, or twice, fails at start-up.
 */
public final class CensusRuleBook {

    private final RuleList list;
    private final Map<String, ChildRule> childRules = new LinkedHashMap<>();
    private final Map<String, Supplier<ReturnRule>> returnRules = new LinkedHashMap<>();

    private CensusRuleBook(RuleList list) {
        this.list = list;
    }

    /** Every rule Kith implements of the DfE's 2025-26 list. */
    public static CensusRuleBook dfe2025to26() {
        CensusRuleBook book = new CensusRuleBook(RuleList.dfe2025to26());
        HeaderRules.addTo(book);
        ChildIdentifierRules.addTo(book);
        CharacteristicRules.addTo(book);
        CinDetailsRules.addTo(book);
        AssessmentRules.addTo(book);
        CinPlanRules.addTo(book);
        Section47Rules.addTo(book);
        ProtectionPlanRules.addTo(book);
        AcrossChildrenRules.addTo(book);
        return book;
    }

    void child(String code, ChildRule rule) {
        register(code);
        childRules.put(code, rule);
    }

    void acrossChildren(String code, Supplier<ReturnRule> rule) {
        register(code);
        returnRules.put(code, rule);
    }

    private void register(String code) {
        list.get(code);
        if (childRules.containsKey(code) || returnRules.containsKey(code)) {
            throw new IllegalStateException("DfE rule " + code + " is registered twice");
        }
    }

    /** The codes implemented, in the order they run. */
    public Set<String> implemented() {
        Set<String> codes = new LinkedHashSet<>(childRules.keySet());
        codes.addAll(returnRules.keySet());
        return Collections.unmodifiableSet(codes);
    }

    public RuleList list() {
        return list;
    }

    /** Begins checking one return. */
    public CensusValidation.Session session(CensusHeader header, CollectionYear year, WorkingDayCalendar calendar) {
        RuleContext context = new RuleContext(year, header, calendar);
        Map<String, ReturnRule> fresh = new LinkedHashMap<>();
        returnRules.forEach((code, rule) -> fresh.put(code, rule.get()));
        return new CensusValidation.Session() {
            @Override
            public List<CensusFailure> check(CensusChild child) {
                List<CensusFailure> failures = new ArrayList<>();
                childRules.forEach((code, rule) -> {
                    Findings findings = new Findings();
                    rule.check(child, context, findings);
                    if (findings.failed()) {
                        RuleDefinition definition = list.get(code);
                        for (var source : findings.sources()) {
                            failures.add(new CensusFailure(code, definition.error(), child.laChildId(),
                                    child.personId(), source, definition.module(), definition.message()));
                        }
                    }
                });
                fresh.values().forEach(rule -> rule.see(child, context));
                return failures;
            }

            @Override
            public List<CensusFailure> finish() {
                List<CensusFailure> failures = new ArrayList<>();
                fresh.forEach((code, rule) -> {
                    RuleDefinition definition = list.get(code);
                    for (String laChildId : rule.finish(context)) {
                        failures.add(new CensusFailure(code, definition.error(), laChildId, null, null,
                                definition.module(), definition.message()));
                    }
                });
                return failures;
            }
        };
    }
}
