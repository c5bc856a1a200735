package kith.insights.census.rules;

import static kith.insights.census.rules.Dates.after;
import static kith.insights.census.rules.Dates.before;
import static kith.insights.census.rules.Dates.outsideYear;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.Section47;

/** CINdetails: each episode of need, its referral, closure and the activity recorded within it. */
final class CinDetailsRules {

    private CinDetailsRules() {}

    static void addTo(CensusRuleBook book) {
        book.child("2990", CinDetailsRules::activityAfterClosedAfterAssessment);
        book.child("2991Q", CinDetailsRules::section47WithoutAssessment);
        book.child("8555Q", CinDetailsRules::referredAfterDeath);
        book.child("8568", CinDetailsRules::referralNfaPresent);
        book.child("8569Q", CinDetailsRules::oldReferralNotNfa);
        book.child("8585Q", CinDetailsRules::diedWithoutDeathDate);
        book.child("8600", CinDetailsRules::referralDate);
        book.child("8606", CinDetailsRules::referralLongBeforeBirth);
        book.child("8610", CinDetailsRules::primaryNeedPresent);
        book.child("8620", CinDetailsRules::closureInYear);
        book.child("8630", CinDetailsRules::closureBeforeReferral);
        book.child("8640", CinDetailsRules::reasonForClosureCode);
        book.child("8650", CinDetailsRules::primaryNeedCode);
        book.child("8805", CinDetailsRules::closureWithoutReason);
        book.child("8810", CinDetailsRules::reasonWithoutClosure);
        book.child("8815", CinDetailsRules::oneOpenEpisode);
        book.child("8816", CinDetailsRules::openEpisodeIsLatest);
        book.child("8820", CinDetailsRules::episodesOverlap);
        book.child("8825Q", CinDetailsRules::closedAfterAssessmentWithoutOne);
        book.child("8831", CinDetailsRules::activityOnNfa);
        book.child("8866", CinDetailsRules::referralSource);
        book.child("8867", CinDetailsRules::closedWithOpenAssessment);
        book.child("8868", CinDetailsRules::closedWithOpenSection47);
        book.child("8890", CinDetailsRules::section47sOverlap);
    }

    static boolean nfa(Episode episode) {
        return Boolean.TRUE.equals(episode.referralNfa());
    }

    /**
     * 2990: an episode closed after assessment (RC8 or RC9) holds its assessments only: no CIN plan, section 47
     * enquiry or child protection plan.
     */
    static void activityAfterClosedAfterAssessment(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (CensusCodes.in(CensusCodes.CLOSED_AFTER_ASSESSMENT, e.reasonForClosure())
                    && (!e.cinPlans().isEmpty() || !e.section47s().isEmpty() || !e.protectionPlans().isEmpty())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 2991Q: an episode with a section 47 enquiry usually has an assessment too. */
    static void section47WithoutAssessment(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (!e.section47s().isEmpty() && e.assessments().isEmpty()) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8555Q: no referral after the child's date of death. */
    static void referredAfterDeath(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (after(e.referralDate(), child.deathDate())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8568: ReferralNFA present and true/false (1/0); the file reader leaves anything else null. */
    static void referralNfaPresent(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.referralNfa() == null) {
                findings.at(e.sourceId());
            }
        }
    }

    /**
     * 8569Q: a referral made earlier than one working day before 1 April (so one the previous year's return held)
     * cannot be a referral with no further action in this one. As the DfE's validator does, "one working day before"
     * counts back from 1 April, and an earlier referral date fails.
     */
    static void oldReferralNotNfa(CensusChild child, RuleContext context, Findings findings) {
        LocalDate limit = context.calendar().workingDaysBefore(context.start(), 1);
        for (Episode e : child.episodes()) {
            if (nfa(e) && before(e.referralDate(), limit)) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8585Q: closed because the child died (RC2), yet no date of death. */
    static void diedWithoutDeathDate(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if ("RC2".equals(e.reasonForClosure()) && child.deathDate() == null) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8600: a referral date, on or before the ReferenceDate (an unreadable one counts as missing). */
    static void referralDate(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.referralDate() == null || e.referralDate().isAfter(context.end())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8606: a referral no more than 40 weeks before the date of birth (or, for an unborn child, the expected one). */
    static void referralLongBeforeBirth(CensusChild child, RuleContext context, Findings findings) {
        LocalDate birth = child.birthDate() != null ? child.birthDate() : child.expectedBirthDate();
        for (Episode e : child.episodes()) {
            if (birth != null && before(e.referralDate(), birth.minusWeeks(40))) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8610: a referral that went on to further action (ReferralNFA false) has a primary need. */
    static void primaryNeedPresent(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (Boolean.FALSE.equals(e.referralNfa()) && (e.primaryNeed() == null || e.primaryNeed().isBlank())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8620: a closure date within the census year. */
    static void closureInYear(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (outsideYear(e.closureDate(), context)) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8630: no closure before the referral. */
    static void closureBeforeReferral(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (before(e.closureDate(), e.referralDate())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8640: a reason for closure, when given, is RC1 to RC9. */
    static void reasonForClosureCode(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.reasonForClosure() != null && !CensusCodes.in(CensusCodes.REASON_FOR_CLOSURE, e.reasonForClosure())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8650: a primary need, when given, is N0 to N9. */
    static void primaryNeedCode(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.primaryNeed() != null && !e.primaryNeed().isBlank()
                    && !CensusCodes.in(CensusCodes.PRIMARY_NEED, e.primaryNeed())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8805: a closure date needs a reason for closure. */
    static void closureWithoutReason(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.closureDate() != null && e.reasonForClosure() == null) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8810: a reason for closure needs a closure date. */
    static void reasonWithoutClosure(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.reasonForClosure() != null && e.closureDate() == null) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8815: at most one open episode (no closure date) that is not a referral with no further action. */
    static void oneOpenEpisode(CensusChild child, RuleContext context, Findings findings) {
        List<Episode> open = child.episodes().stream().filter(e -> e.closureDate() == null && !nfa(e)).toList();
        if (open.size() > 1) {
            open.forEach(e -> findings.at(e.sourceId()));
        }
    }

    /**
     * 8816: an open episode that went on to further action (no closure date, ReferralNFA false) has the child's latest
     * referral date.
     */
    static void openEpisodeIsLatest(CensusChild child, RuleContext context, Findings findings) {
        LocalDate latest = child.episodes().stream().map(Episode::referralDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        for (Episode e : child.episodes()) {
            if (e.closureDate() == null && Boolean.FALSE.equals(e.referralNfa()) && before(e.referralDate(), latest)) {
                findings.at(e.sourceId());
            }
        }
    }

    /**
     * 8820: no referral date on or between another episode's referral and closure dates (an open episode runs on);
     * both episodes are flagged.
     */
    static void episodesOverlap(CensusChild child, RuleContext context, Findings findings) {
        List<Episode> episodes = child.episodes();
        for (int i = 0; i < episodes.size(); i++) {
            for (int j = i + 1; j < episodes.size(); j++) {
                Episode a = episodes.get(i);
                Episode b = episodes.get(j);
                if (Dates.shareADay(a.referralDate(), a.closureDate(), b.referralDate(), b.closureDate())) {
                    findings.at(a.sourceId());
                    findings.at(b.sourceId());
                }
            }
        }
    }

    /** 8825Q: closed after assessment (RC8 or RC9) and yet no assessment on the episode. */
    static void closedAfterAssessmentWithoutOne(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (CensusCodes.in(CensusCodes.CLOSED_AFTER_ASSESSMENT, e.reasonForClosure()) && e.assessments().isEmpty()) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8831: a referral with no further action holds no assessment, CIN plan, enquiry or child protection plan. */
    static void activityOnNfa(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (nfa(e) && (!e.assessments().isEmpty() || !e.cinPlans().isEmpty() || !e.section47s().isEmpty()
                    || !e.protectionPlans().isEmpty())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8866: a source of referral, one of the DfE's codes. */
    static void referralSource(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (!CensusCodes.in(CensusCodes.REFERRAL_SOURCE, e.referralSource())) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8867: a closed episode has no assessment still open (without an authorisation date). */
    static void closedWithOpenAssessment(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.closureDate() != null && e.assessments().stream().anyMatch(a -> a.authorisationDate() == null)) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8868: a closed episode has no enquiry still open: each has its conference date or "ICPC not required". */
    static void closedWithOpenSection47(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.closureDate() != null && e.section47s().stream().anyMatch(CinDetailsRules::openEnquiry)) {
                findings.at(e.sourceId());
            }
        }
    }

    /**
     * 8890: no enquiry starts while another of the episode is ongoing: from its start to its initial conference, or
     * to the end of the year if it has none. An enquiry that needed no conference is taken to have ended when it
     * started, as its end is not returned.
     */
    static void section47sOverlap(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            List<Section47> enquiries = e.section47s();
            for (Section47 a : enquiries) {
                for (Section47 b : enquiries) {
                    if (a == b || a.startDate() == null || b.startDate() == null || b.startDate().isBefore(a.startDate())
                            || (b.startDate().equals(a.startDate()) && enquiries.indexOf(b) < enquiries.indexOf(a))) {
                        continue;
                    }
                    LocalDate end = a.dateOfInitialCpc() != null ? a.dateOfInitialCpc()
                            : Boolean.TRUE.equals(a.icpcNotRequired()) ? a.startDate() : null;
                    if (end == null || b.startDate().isBefore(end)) {
                        findings.at(b.sourceId());
                    }
                }
            }
        }
    }

    static boolean openEnquiry(Section47 s) {
        return s.dateOfInitialCpc() == null && !Boolean.TRUE.equals(s.icpcNotRequired());
    }
}
