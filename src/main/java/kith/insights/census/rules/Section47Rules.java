package kith.insights.census.rules;

import static kith.insights.census.rules.Dates.after;
import static kith.insights.census.rules.Dates.before;
import static kith.insights.census.rules.Dates.outsideYear;

import java.time.LocalDate;
import kith.insights.census.CensusChild;
import kith.insights.census.CensusChild.Episode;
import kith.insights.census.CensusChild.Section47;

/** Section47: enquiries and their initial child protection conferences. */
final class Section47Rules {

    private Section47Rules() {}

    static void addTo(CensusRuleBook book) {
        book.child("1104", Section47Rules::conferenceBeforeReferral);
        book.child("2884", Section47Rules::conferenceRecordedTwice);
        book.child("2889", Section47Rules::startBeforeReferral);
        book.child("8615", Section47Rules::startPresentAndBeforeConference);
        book.child("8675Q", Section47Rules::longWithoutConference);
        book.child("8715", Section47Rules::conferenceInYear);
        book.child("8740", Section47Rules::openStartInYear);
        book.child("8839", Section47Rules::oneOpenEnquiry);
        book.child("8870Q", Section47Rules::targetOnWeekend);
        book.child("8875", Section47Rules::conferenceOnWeekend);
    }

    /** 1104: no initial conference (the enquiry's, or the episode's) before the episode's referral. */
    static void conferenceBeforeReferral(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (before(e.dateOfInitialCpc(), e.referralDate())) {
                findings.at(e.sourceId());
            }
            e.section47s().stream().filter(s -> before(s.dateOfInitialCpc(), e.referralDate()))
                    .forEach(s -> findings.at(s.sourceId()));
        }
    }

    /**
     * 2884: an initial conference is recorded at the CINdetails level only when no enquiry of the episode records one
     * (the CINdetails date is for a conference without a section 47 in this episode).
     */
    static void conferenceRecordedTwice(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.dateOfInitialCpc() != null && e.section47s().stream().anyMatch(s -> s.dateOfInitialCpc() != null)) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 2889: no enquiry starts before its episode's referral. */
    static void startBeforeReferral(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            e.section47s().stream().filter(s -> before(s.startDate(), e.referralDate()))
                    .forEach(s -> findings.at(s.sourceId()));
        }
    }

    /** 8615: an enquiry has a start date, on or before its initial conference. */
    static void startPresentAndBeforeConference(CensusChild child, RuleContext context, Findings findings) {
        each(child, s -> s.startDate() == null || after(s.startDate(), s.dateOfInitialCpc()), findings);
    }

    /**
     * 8675Q: an enquiry that started more than 15 working days before the ReferenceDate (earlier than the 15th working
     * day counted back from 31 March) and has neither a conference date nor "ICPC not required".
     */
    static void longWithoutConference(CensusChild child, RuleContext context, Findings findings) {
        LocalDate limit = context.calendar().workingDaysBefore(context.end(), 15);
        each(child, s -> CinDetailsRules.openEnquiry(s) && before(s.startDate(), limit), findings);
    }

    /** 8715: an initial conference date (the enquiry's or the episode's) within the census year. */
    static void conferenceInYear(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (outsideYear(e.dateOfInitialCpc(), context)) {
                findings.at(e.sourceId());
            }
        }
        each(child, s -> outsideYear(s.dateOfInitialCpc(), context), findings);
    }

    /**
     * 8740: an enquiry still without its conference at the year's end (and not marked "ICPC not required") started
     * within the census year.
     */
    static void openStartInYear(CensusChild child, RuleContext context, Findings findings) {
        each(child, s -> CinDetailsRules.openEnquiry(s) && outsideYear(s.startDate(), context), findings);
    }

    /** 8839: at most one open enquiry per episode. */
    static void oneOpenEnquiry(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (e.section47s().stream().filter(CinDetailsRules::openEnquiry).count() > 1) {
                findings.at(e.sourceId());
            }
        }
    }

    /** 8870Q: the target date for the initial conference is a weekday. */
    static void targetOnWeekend(CensusChild child, RuleContext context, Findings findings) {
        each(child, s -> Dates.weekend(s.initialCpcTarget()), findings);
    }

    /** 8875: no initial conference on a Saturday or Sunday (the enquiry's or the episode's date). */
    static void conferenceOnWeekend(CensusChild child, RuleContext context, Findings findings) {
        for (Episode e : child.episodes()) {
            if (Dates.weekend(e.dateOfInitialCpc())) {
                findings.at(e.sourceId());
            }
        }
        each(child, s -> Dates.weekend(s.dateOfInitialCpc()), findings);
    }

    private static void each(CensusChild child, java.util.function.Predicate<Section47> fails, Findings findings) {
        for (Episode e : child.episodes()) {
            for (Section47 s : e.section47s()) {
                if (fails.test(s)) {
                    findings.at(s.sourceId());
                }
            }
        }
    }
}
