package kith.insights.census.rules;

import static kith.insights.census.rules.Dates.after;
import static kith.insights.census.rules.Dates.before;
import static kith.insights.census.rules.Dates.outsideYear;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusChild.Assessment;
import kith.insights.census.CensusChild.Episode;

/** Assessments: their dates and the factors identified at assessment. */
final class AssessmentRules {

    private AssessmentRules() {}

    static void addTo(CensusRuleBook book) {
        book.child("1103", AssessmentRules::startBeforeReferral);
        book.child("8608", AssessmentRules::startAfterEnd);
        book.child("8614", AssessmentRules::factorsOnlyWhenComplete);
        book.child("8670Q", AssessmentRules::longOpen);
        book.child("8696", AssessmentRules::endInYear);
        book.child("8736", AssessmentRules::openStartInYear);
        book.child("8863Q", AssessmentRules::startsWhileAnotherOngoing);
        book.child("8869", AssessmentRules::noFactorsAlone);
        book.child("8873Q", AssessmentRules::noFactorsClosedAfterAssessment);
        book.child("8896", AssessmentRules::oneOpenAssessment);
        book.child("8897Q", AssessmentRules::factorsMissing);
        book.child("8898", AssessmentRules::repeatedFactor);
        book.child("8945Q", AssessmentRules::factor18A);
        book.child("8950Q", AssessmentRules::factor19A);
    }

    /** 1103: no assessment starts before its episode's referral. */
    static void startBeforeReferral(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            for (Assessment a : e.assessments()) {
                if (before(a.startDate(), e.referralDate())) {
                    findings.at(a.sourceId());
                }
            }
        }
    }

    /** 8608: no assessment starts after it was authorised. */
    static void startAfterEnd(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> after(a.startDate(), a.authorisationDate()), findings);
    }

    /** 8614: factors are recorded only once the assessment is authorised. */
    static void factorsOnlyWhenComplete(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> !a.factors().isEmpty() && a.authorisationDate() == null, findings);
    }

    /**
     * 8670Q: an assessment still open on the ReferenceDate that started more than 45 working days before it (earlier
     * than the 45th working day counted back from 31 March).
     */
    static void longOpen(CensusChild child, RuleContext context, Findings findings) {
        LocalDate limit = context.calendar().workingDaysBefore(context.end(), 45);
        each(child, a -> a.authorisationDate() == null && before(a.startDate(), limit), findings);
    }

    /** 8696: an authorisation date within the census year. */
    static void endInYear(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> outsideYear(a.authorisationDate(), context), findings);
    }

    /** 8736: an assessment not yet authorised started within the census year (a missing start fails too). */
    static void openStartInYear(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> a.authorisationDate() == null
                && (a.startDate() == null || !context.year().contains(a.startDate())), findings);
    }

    /**
     * 8863Q: no assessment of an episode starts while another of it is ongoing: on or after the other's start and
     * before its authorisation (or with the other never authorised).
     */
    static void startsWhileAnotherOngoing(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            List<Assessment> all = e.assessments();
            for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < all.size(); j++) {
                    Assessment a = all.get(i);
                    Assessment b = all.get(j);
                    if (i == j || a.startDate() == null || b.startDate() == null || b.startDate().isBefore(a.startDate())
                            || (b.startDate().equals(a.startDate()) && j < i)) {
                        continue;
                    }
                    if (a.authorisationDate() == null || b.startDate().isBefore(a.authorisationDate())) {
                        findings.at(b.sourceId());
                    }
                }
            }
        }
    }

    /** 8869: factor 21 ("no factors identified") stands alone. */
    static void noFactorsAlone(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> a.factors().contains("21") && a.factors().size() > 1, findings);
    }

    /**
     * 8873Q: an episode whose only assessment was authorised with factor 21 alone would be expected to close as RC8
     * or RC9. Read as the DfE's wording has it, for an episode with a reason for closure (an open one has none yet).
     */
    static void noFactorsClosedAfterAssessment(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.assessments().size() == 1 && e.reasonForClosure() != null
                    && !CensusCodes.in(CensusCodes.CLOSED_AFTER_ASSESSMENT, e.reasonForClosure())) {
                Assessment only = e.assessments().getFirst();
                if (only.authorisationDate() != null && only.factors().equals(List.of("21"))) {
                    findings.at(e.sourceId());
                }
            }
        }
    }

    /** 8896: at most one open (unauthorised) assessment per episode. */
    static void oneOpenAssessment(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.assessments().stream().filter(a -> a.authorisationDate() == null).count() > 1) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8897Q: an authorised assessment has its factors (21 if none). */
    static void factorsMissing(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> a.authorisationDate() != null && a.factors().isEmpty(), findings);
    }

    /** 8898: no factor twice in one assessment. */
    static void repeatedFactor(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> {
            Set<String> seen = new HashSet<>();
            return a.factors().stream().anyMatch(f -> !seen.add(f));
        }, findings);
    }

    /** 8945Q: the retired factor 18A (now 18B or 18C). */
    static void factor18A(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> a.factors().contains("18A"), findings);
    }

    /** 8950Q: the retired factor 19A (now 19B or 19C). */
    static void factor19A(CensusChild child, RuleContext context, Findings findings) {
        each(child, a -> a.factors().contains("19A"), findings);
    }

    private static void each(CensusChild child, java.util.function.Predicate<Assessment> fails, Findings findings) {
        for (Episode e : child.episodes()) {
            for (Assessment a : e.assessments()) {
                if (fails.test(a)) {
                    findings.at(a.sourceId());
                }
            }
        }
    }
}
