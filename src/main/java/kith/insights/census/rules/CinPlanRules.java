package kith.insights.census.rules;

import static kith.insights.census.rules.Dates.after;
import static kith.insights.census.rules.Dates.before;
import static kith.insights.census.rules.Dates.outsideYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusChild.CinPlan;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.ProtectionPlan;

/**
 * CINplanDates: child in need plans, their dates, and how they sit beside child protection plans (a child is on one
 * kind of plan at a time: the CIN plan ends when the protection plan starts). Rules 4008 and 4009Q are the
 * ChildIdentifiers module's in the DfE's list but are about CIN plans, so they live here; 4003 is the Reviews'.
 */
final class CinPlanRules {

    private CinPlanRules() {}

    static void addTo(CensusRuleBook book) {
        book.child("4000", CinPlanRules::planOnNfa);
        book.child("4001", CinPlanRules::concurrentWithProtectionPlan);
        book.child("4003", CinPlanRules::reviewDuringCinPlan);
        book.child("4004", CinPlanRules::oneOpenPlan);
        book.child("4008", CinPlanRules::startsAfterDeath);
        book.child("4009Q", CinPlanRules::endsAfterDeath);
        book.child("4010", CinPlanRules::startPresent);
        book.child("4011", CinPlanRules::endBeforeStart);
        book.child("4012Q", CinPlanRules::sameDay);
        book.child("4013", CinPlanRules::endInYear);
        book.child("4014", CinPlanRules::plansOverlap);
        book.child("4015", CinPlanRules::startBeforeReferral);
        book.child("4016", CinPlanRules::startsDuringProtectionPlan);
        book.child("4017", CinPlanRules::protectionPlanStartsDuringCinPlan);
    }

    /** 4000: a referral with no further action has no CIN plan. */
    static void planOnNfa(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (CinDetailsRules.nfa(e) && !e.cinPlans().isEmpty()) {
                findings.at(e.sourceId());
            }
        }
    }

    /**
     * 4001: no CIN plan runs concurrently with a child protection plan of the same child: their periods overlap by
     * more than the handover day (a CIN plan may end the day the protection plan starts). Open plans run on.
     */
    static void concurrentWithProtectionPlan(CensusChild child, RuleContext context, Findings findings) {
        for (CinPlan cin : cinPlans(child)) {
            for (ProtectionPlan cp : protectionPlans(child)) {
                if (Dates.overlap(cin.startDate(), cin.endDate(), cp.startDate(), cp.endDate())) {
                    findings.at(cin.sourceId());
                }
            }
        }
    }

    /** 4003: no protection plan review on a day a CIN plan was open (after its start, before its end). */
    static void reviewDuringCinPlan(CensusChild child, RuleContext context, Findings findings) {
        for (ProtectionPlan cp : protectionPlans(child)) {
            for (LocalDate review : cp.reviewDates()) {
                for (CinPlan cin : cinPlans(child)) {
                    if (review != null && !before(review, cin.startDate()) && cin.startDate() != null
                            && (cin.endDate() == null || review.isBefore(cin.endDate()))) {
                        findings.at(cp.sourceId());
                    }
                }
            }
        }
    }

    /** 4004: at most one open CIN plan (no end date) for the child. */
    static void oneOpenPlan(CensusChild child, RuleContext context, Findings findings) {
        List<CinPlan> open = cinPlans(child).stream().filter(p -> p.endDate() == null).toList();
        if (open.size() > 1) {
            open.forEach(p -> findings.at(p.sourceId()));
        }
    }

    /** 4008: no CIN plan starts after the child's death. */
    static void startsAfterDeath(CensusChild child, RuleContext context, Findings findings) {
        cinPlans(child).stream().filter(p -> after(p.startDate(), child.deathDate())).forEach(p -> findings.at(p.sourceId()));
    }

    /** 4009Q: no CIN plan ends after the child's death. */
    static void endsAfterDeath(CensusChild child, RuleContext context, Findings findings) {
        cinPlans(child).stream().filter(p -> after(p.endDate(), child.deathDate())).forEach(p -> findings.at(p.sourceId()));
    }

    /**
     * 4010: a CIN plan has a start date, on or before the ReferenceDate ("out of the collection period" read as
     * after it: a plan that began last year and runs on is returned again).
     */
    static void startPresent(CensusChild child, RuleContext context, Findings findings) {
        cinPlans(child).stream().filter(p -> p.startDate() == null || p.startDate().isAfter(context.end()))
                .forEach(p -> findings.at(p.sourceId()));
    }

    /** 4011: no CIN plan ends before it starts. */
    static void endBeforeStart(CensusChild child, RuleContext context, Findings findings) {
        cinPlans(child).stream().filter(p -> before(p.endDate(), p.startDate())).forEach(p -> findings.at(p.sourceId()));
    }

    /** 4012Q: a CIN plan that starts and ends on the same day. */
    static void sameDay(CensusChild child, RuleContext context, Findings findings) {
        cinPlans(child).stream().filter(p -> Dates.same(p.endDate(), p.startDate())).forEach(p -> findings.at(p.sourceId()));
    }

    /** 4013: a CIN plan's end date falls within the census year. */
    static void endInYear(CensusChild child, RuleContext context, Findings findings) {
        cinPlans(child).stream().filter(p -> outsideYear(p.endDate(), context)).forEach(p -> findings.at(p.sourceId()));
    }

    /** 4014: no two CIN plans of the child overlap (one may start the day another ends). */
    static void plansOverlap(CensusChild child, RuleContext context, Findings findings) {
        List<CinPlan> plans = cinPlans(child);
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                CinPlan a = plans.get(i);
                CinPlan b = plans.get(j);
                if (Dates.overlap(a.startDate(), a.endDate(), b.startDate(), b.endDate())) {
                    findings.at(a.sourceId());
                    findings.at(b.sourceId());
                }
            }
        }
    }

    /** 4015: no CIN plan starts before its episode's referral. */
    static void startBeforeReferral(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            e.cinPlans().stream().filter(p -> before(p.startDate(), e.referralDate())).forEach(p -> findings.at(p.sourceId()));
        }
    }

    /**
     * 4016: no CIN plan starts while a protection plan is open (on or after its start and before its end, or with no
     * end). With 4017 this splits 4001's overlap by which plan came first, as the DfE's two rules do.
     */
    static void startsDuringProtectionPlan(CensusChild child, RuleContext context, Findings findings) {
        for (CinPlan cin : cinPlans(child)) {
            for (ProtectionPlan cp : protectionPlans(child)) {
                if (cin.startDate() != null && !before(cin.startDate(), cp.startDate()) && cp.startDate() != null
                        && (cp.endDate() == null || cin.startDate().isBefore(cp.endDate()))) {
                    findings.at(cin.sourceId());
                }
            }
        }
    }

    /**
     * 4017: no protection plan starts while a CIN plan is still open: a CIN plan that started earlier must end on or
     * before the protection plan's start.
     */
    static void protectionPlanStartsDuringCinPlan(CensusChild child, RuleContext context, Findings findings) {
        for (CinPlan cin : cinPlans(child)) {
            for (ProtectionPlan cp : protectionPlans(child)) {
                if (before(cin.startDate(), cp.startDate())
                        && (cin.endDate() == null || cin.endDate().isAfter(cp.startDate()))) {
                    findings.at(cin.sourceId());
                }
            }
        }
    }

    static List<CinPlan> cinPlans(CensusChild child) {
        List<CinPlan> plans = new ArrayList<>();
        child.episodes().forEach(e -> plans.addAll(e.cinPlans()));
        return plans;
    }

    static List<ProtectionPlan> protectionPlans(CensusChild child) {
        List<ProtectionPlan> plans = new ArrayList<>();
        child.episodes().forEach(e -> plans.addAll(e.protectionPlans()));
        return plans;
    }
}
