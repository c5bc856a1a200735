package kith.insights.census.rules;

import java.util.HashSet;
import java.util.Set;
import kith.insights.census.CensusChild;

/** ChildCharacteristics: ethnicity and disabilities. */
final class CharacteristicRules {

    private CharacteristicRules() {}

    static void addTo(CensusRuleBook book) {
        book.child("4220", CharacteristicRules::ethnicity);
        book.child("8540", CharacteristicRules::disabilityCodes);
        book.child("8790", CharacteristicRules::noneWithOthers);
        book.child("8794", CharacteristicRules::repeatedDisability);
    }

    /** 4220: Ethnicity present and one of the DfE's codes. */
    static void ethnicity(CensusChild child, RuleContext context, Findings findings) {
        if (!CensusCodes.in(CensusCodes.ETHNICITY, child.ethnicity())) {
            findings.child();
        }
    }

    /**
     * 8540: every Disability is one of the DfE's codes (an empty Disability element fails). A child with no
     * Disabilities element at all is not failed here: the 2026 schema makes the element optional (unborn children).
     */
    static void disabilityCodes(CensusChild child, RuleContext context, Findings findings) {
        if (child.disabilities().stream().anyMatch(code -> !CensusCodes.in(CensusCodes.DISABILITY, code))) {
            findings.child();
        }
    }

    /** 8790: NONE cannot stand with another disability. */
    static void noneWithOthers(CensusChild child, RuleContext context, Findings findings) {
        if (child.disabilities().contains("NONE") && child.disabilities().stream().anyMatch(d -> !"NONE".equals(d))) {
            findings.child();
        }
    }

    /** 8794: no disability code twice. */
    static void repeatedDisability(CensusChild child, RuleContext context, Findings findings) {
        Set<String> seen = new HashSet<>();
        if (child.disabilities().stream().anyMatch(code -> !seen.add(code))) {
            findings.child();
        }
    }
}
