package kith.insights.census.rules;

import static kith.insights.census.rules.Dates.after;
import static kith.insights.census.rules.Dates.before;
import static kith.insights.census.rules.Dates.outsideYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusChild.Assessment;
import kith.insights.census.CensusChild.CinPlan;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.ProtectionPlan;
import kith.insights.census.CensusChild.Section47;

/** ChildProtectionPlans (and their Reviews): plans, categories of abuse, previous plans and review conferences. */
final class ProtectionPlanRules {

    private ProtectionPlanRules() {}

    static void addTo(CensusRuleBook book) {
        book.child("1105", ProtectionPlanRules::startBeforeReferral);
        book.child("2885", ProtectionPlanRules::startsAtConference);
        book.child("8565", ProtectionPlanRules::activityAfterClosure);
        book.child("8720", ProtectionPlanRules::startPresent);
        book.child("8730", ProtectionPlanRules::previousPlansPresent);
        book.child("8832", ProtectionPlanRules::planOnNfa);
        book.child("8840", ProtectionPlanRules::sameDay);
        book.child("8841", ProtectionPlanRules::reviewAfterStart);
        book.child("8842Q", ProtectionPlanRules::reviewDateMissing);
        book.child("8905", ProtectionPlanRules::initialCategory);
        book.child("8910", ProtectionPlanRules::latestCategory);
        book.child("8915", ProtectionPlanRules::startsAfterDeath);
        book.child("8920", ProtectionPlanRules::endsAfterDeath);
        book.child("8925", ProtectionPlanRules::endBeforeStart);
        book.child("8930", ProtectionPlanRules::endInYear);
        book.child("8935", ProtectionPlanRules::oneOpenPlan);
        book.child("8940", ProtectionPlanRules::plansOverlap);
    }

    /** 1105: no plan starts before its episode's referral. */
    static void startBeforeReferral(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            e.protectionPlans().stream().filter(p -> before(p.startDate(), e.referralDate()))
                    .forEach(p -> findings.at(p.sourceId()));
        }
    }

    /**
     * 2885: a plan starting within the census year starts on the day of an initial conference of its episode: an
     * enquiry's DateOfInitialCPC or, where the conference had no enquiry in this episode, the CINdetails one. As in
     * the DfE's validator, any matching conference date in the episode will do.
     */
    static void startsAtConference(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            for (ProtectionPlan p : e.protectionPlans()) {
                if (p.startDate() == null || !context.year().contains(p.startDate())) {
                    continue;
                }
                boolean atConference = p.startDate().equals(e.dateOfInitialCpc())
                        || e.section47s().stream().anyMatch(s -> p.startDate().equals(s.dateOfInitialCpc()));
                if (!atConference) {
                    findings.at(p.sourceId());
                }
            }
        }
    }

    /**
     * 8565: nothing happens after an episode's closure date: no assessment start or authorisation, enquiry start,
     * initial conference, protection plan end, or CIN plan start or end after it (the DfE's list of dates).
     */
    static void activityAfterClosure(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.closureDate() == null) {
                continue;
            }
            List<LocalDate> dates = new ArrayList<>();
            dates.add(e.dateOfInitialCpc());
            for (Assessment a : e.assessments()) {
                dates.add(a.startDate());
                dates.add(a.authorisationDate());
            }
            for (Section47 s : e.section47s()) {
                dates.add(s.startDate());
                dates.add(s.dateOfInitialCpc());
            }
            for (ProtectionPlan p : e.protectionPlans()) {
                dates.add(p.endDate());
            }
            for (CinPlan p : e.cinPlans()) {
                dates.add(p.startDate());
                dates.add(p.endDate());
            }
            if (dates.stream().anyMatch(d -> after(d, e.closureDate()))) {
                findings.at(e.sourceId());
            }
        }
    }

    /**
     * 8720: a plan has a start date, on or before the ReferenceDate (a plan begun last year that runs on is returned
     * again, so only a start after the period is "out of" it).
     */
    static void startPresent(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> p.startDate() == null || p.startDate().isAfter(context.end()), findings);
    }

    /** 8730: the number of previous plans is given. */
    static void previousPlansPresent(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> p.numberOfPreviousPlans() == null, findings);
    }

    /** 8832: a referral with no further action has no protection plan. */
    static void planOnNfa(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (CinDetailsRules.nfa(e) && !e.protectionPlans().isEmpty()) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8840: no plan starts and ends on the same day. */
    static void sameDay(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> Dates.same(p.endDate(), p.startDate()), findings);
    }

    /** 8841: every review is after the plan's start day. */
    static void reviewAfterStart(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> p.startDate() != null
                && p.reviewDates().stream().anyMatch(r -> r != null && !r.isAfter(p.startDate())), findings);
    }

    /** 8842Q: a Reviews entry with no (readable) date. */
    static void reviewDateMissing(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> p.reviewDates().stream().anyMatch(java.util.Objects::isNull), findings);
    }

    /** 8905: the initial category of abuse is NEG, PHY, SAB, EMO or MUL. */
    static void initialCategory(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> !CensusCodes.in(CensusCodes.CATEGORY_OF_ABUSE, p.initialCategory()), findings);
    }

    /** 8910: the latest category of abuse is NEG, PHY, SAB, EMO or MUL. */
    static void latestCategory(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> !CensusCodes.in(CensusCodes.CATEGORY_OF_ABUSE, p.latestCategory()), findings);
    }

    /** 8915: no plan starts after the child's death. */
    static void startsAfterDeath(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> after(p.startDate(), child.deathDate()), findings);
    }

    /** 8920: no plan ends after the child's death. */
    static void endsAfterDeath(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> after(p.endDate(), child.deathDate()), findings);
    }

    /** 8925: no plan ends before it starts. */
    static void endBeforeStart(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> before(p.endDate(), p.startDate()), findings);
    }

    /** 8930: a plan's end date falls within the census year. */
    static void endInYear(CensusChild child, RuleContext context, Findings findings) {
        each(child, p -> outsideYear(p.endDate(), context), findings);
    }

    /** 8935: at most one open plan (no end date) for the child. */
    static void oneOpenPlan(CensusChild child, RuleContext context, Findings findings) {
        List<ProtectionPlan> open = CinPlanRules.protectionPlans(child).stream().filter(p -> p.endDate() == null).toList();
        if (open.size() > 1) {
            open.forEach(p -> findings.at(p.sourceId()));
        }
    }

    /** 8940: no two plans of the child overlap (one may start the day another ends). */
    static void plansOverlap(CensusChild child, RuleContext context, Findings findings) {
        List<ProtectionPlan> plans = CinPlanRules.protectionPlans(child);
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                ProtectionPlan a = plans.get(i);
                ProtectionPlan b = plans.get(j);
                if (Dates.overlap(a.startDate(), a.endDate(), b.startDate(), b.endDate())) {
                    findings.at(a.sourceId());
                    findings.at(b.sourceId());
                }
            }
        }
    }

    private static void each(CensusChild child, java.util.function.Predicate<ProtectionPlan> fails,
            Findings findings) {
        CinPlanRules.protectionPlans(child).stream().filter(fails).forEach(p -> findings.at(p.sourceId()));
    }
}
