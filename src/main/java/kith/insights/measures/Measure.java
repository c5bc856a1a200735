package kith.insights.measures;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Families First measures, each with its written definition (the Department for Education's wording where it
 * has one: FAMILIES_FIRST.md 0a, 6.3 and 8.5) and how it is counted from {@code measure_fact}: which kinds of fact, by
 * the month of their {@code occurred_on}, which of them make the denominator and which of those the numerator.
 * The SQL fragments are constants of this enum, never user input.
 */
public enum Measure {

    DECISIONS_ON_TIME("decisions", "Referral decisions within one working day", Shape.RATE, "'DECISION'", "f.on_time",
            "TRUE", "Higher is better",
            "Decisions on referrals made in the month within one working day of the referral being received "
                    + "(Working Together 2023), as a percentage of all referral decisions made in the month."),
    RE_REFERRALS("re-referrals", "Re-referrals within 12 months", Shape.RATE, "'REFERRAL'", "f.repeat", "TRUE",
            "Lower is better; the national rate is about 22%",
            "Referrals in the month that were within 12 months of a previous referral of the same child, as a "
                    + "percentage of all referrals in the month (DfE: a referral is a request for services from "
                    + "children's social care about a child not currently in need; a re-referral is a referral within "
                    + "12 months of a previous referral)."),
    ASSESSMENTS_ON_TIME("assessments", "Assessments completed within 45 working days", Shape.RATE, "'ASSESSMENT'",
            "f.on_time", "TRUE", "Higher is better",
            "Assessments completed in the month within 45 working days of the referral (Working Together 2023), as "
                    + "a percentage of all assessments completed in the month."),
    INITIAL_CONFERENCES_ON_TIME("initial-conferences", "Initial child protection conferences within 15 working days",
            Shape.RATE, "'INITIAL_CONFERENCE'", "f.on_time", "TRUE", "Higher is better",
            "Initial child protection conferences held in the month within 15 working days of the strategy "
                    + "discussion that started the section 47 enquiry (CIN census: S47ActualStartDate to "
                    + "DateOfInitialCPC), as a percentage of all initial conferences held in the month."),
    REVIEW_CONFERENCES_ON_TIME("review-conferences", "Review conferences on time", Shape.RATE, "'REVIEW_CONFERENCE'",
            "f.on_time", "TRUE", "Higher is better",
            "Review child protection conferences held in the month by their due date (the first within 3 months of "
                    + "the initial conference, then within 6 months of the last), as a percentage of all review "
                    + "conferences held in the month."),
    VISITS_ON_TIME("visits", "Statutory visits on time", Shape.RATE, "'VISIT'", "f.on_time", "TRUE",
            "Higher is better",
            "Statutory visits to children on child protection plans made in the month by the date the plan's visit "
                    + "frequency set (10 working days unless the plan says otherwise), as a percentage of all "
                    + "statutory visits made in the month."),
    REPEAT_PLANS("repeat-plans", "Child protection plans that are a second or later plan", Shape.RATE, "'CP_PLAN'",
            "f.repeat", "TRUE", "Lower is better",
            "Child protection plans started in the month for a child who had been the subject of a plan before, at "
                    + "any time (CIN census: NumberOfPreviousCPP above zero), as a percentage of all plans started in "
                    + "the month."),
    FGDM_OFFERED("fgdm-offered", "Family group decision-making meetings offered", Shape.COUNT, "'FGDM_OFFERED'", "TRUE",
            "TRUE", "Slice by stage to see family help, child protection and pre-proceedings",
            "Children for whom a family group decision-making meeting was offered to the family in the month, at "
                    + "each stage of the work (family help, child protection, pre-proceedings); a meeting about "
                    + "brothers and sisters counts once for each child."),
    FGDM_HELD("fgdm-held", "Family group decision-making meetings held", Shape.COUNT, "'FGDM_HELD'", "TRUE", "TRUE",
            "Slice by stage to see family help, child protection and pre-proceedings",
            "Children whose family group decision-making meeting was held in the month, at each stage of the work; a "
                    + "meeting about brothers and sisters counts once for each child."),
    PRE_PROCEEDINGS_OFFER("pre-proceedings-offer", "Letters before proceedings offering a family group meeting",
            Shape.RATE, "'LETTER_BEFORE_PROCEEDINGS'", "f.outcome = 'FGDM_OFFER'", "f.outcome <> 'EXEMPTION'",
            "Should be 100% (section 31ZA Children Act 1989)",
            "Letters before proceedings sent in the month that offered a family group decision-making meeting, as a "
                    + "percentage of the letters sent in the month, leaving out those where a manager recorded that "
                    + "a meeting was not in the child's best interests (section 31ZA(3))."),
    SUPPORT_PACKAGES("support-packages", "Family network support packages approved", Shape.COUNT, "'SUPPORT_PACKAGE'",
            "TRUE", "TRUE", "The money approved is shown beside the count",
            "Family network support packages approved in the month, and the total money approved for them."),
    SUPPORT_OUTCOME_6("support-outcome-6", "Support packages: child at home or with their network at 6 months",
            Shape.RATE, "'SUPPORT_REVIEW'", "f.outcome IN ('AT_HOME', 'WITH_NETWORK')", "f.stage = '6'",
            "Higher is better",
            "Six-month outcome reviews of support packages recorded in the month that found the child living at "
                    + "home or with their family network, as a percentage of all six-month reviews recorded in the "
                    + "month."),
    SUPPORT_OUTCOME_12("support-outcome-12", "Support packages: child at home or with their network at 12 months",
            Shape.RATE, "'SUPPORT_REVIEW'", "f.outcome IN ('AT_HOME', 'WITH_NETWORK')", "f.stage = '12'",
            "Higher is better",
            "Twelve-month outcome reviews of support packages recorded in the month that found the child living at "
                    + "home or with their family network, as a percentage of all twelve-month reviews recorded in "
                    + "the month."),
    AT_HOME_6("at-home-6", "Still at home or with their network 6 months after an FGDM or support package",
            Shape.RATE, "'FGDM_HELD', 'SUPPORT_PACKAGE'", stillAtHome(6), "f.occurred_on + interval '6 months' <= :today",
            "Higher is better",
            "For each family group decision-making meeting held, and each support package approved, in the month "
                    + "whose six months have passed: the child counts as still living at home or with their network "
                    + "when Kith recorded neither a placement outside the family network nor a child protection plan "
                    + "ended because the child became looked after, from that day to six months after it; as a "
                    + "percentage of all of them. A child with both counts once for each."),
    AT_HOME_12("at-home-12", "Still at home or with their network 12 months after an FGDM or support package",
            Shape.RATE, "'FGDM_HELD', 'SUPPORT_PACKAGE'", stillAtHome(12),
            "f.occurred_on + interval '12 months' <= :today", "Higher is better",
            "As at six months, over the twelve months after the meeting or the package: neither a placement outside "
                    + "the family network nor a plan ended because the child became looked after."),
    KINSHIP("kinship", "Kinship arrangements started", Shape.COUNT, "'KINSHIP'", "TRUE", "TRUE",
            "Slice by type to see special guardianship and child arrangements orders",
            "Kinship arrangements that started in the month (informal, kinship foster care, special guardianship "
                    + "order, child arrangements order), each with a carer from the child's family network.");

    /** A percentage of a denominator, or a count. */
    public enum Shape {
        RATE,
        COUNT
    }

    private final String slug;
    private final String title;
    private final Shape shape;
    private final String kinds;
    private final String numerator;
    private final String denominator;
    private final String reading;
    private final String definition;

    Measure(String slug, String title, Shape shape, String kinds, String numerator, String denominator, String reading,
            String definition) {
        this.slug = slug;
        this.title = title;
        this.shape = shape;
        this.kinds = kinds;
        this.numerator = numerator;
        this.denominator = denominator;
        this.reading = reading;
        this.definition = definition;
    }

    private static String stillAtHome(int months) {
        return "f.occurred_on + interval '" + months + " months' <= :today AND NOT EXISTS (SELECT 1 FROM measure_fact o "
                + "WHERE o.child_id = f.child_id AND o.kind IN ('PLACED_OUTSIDE_NETWORK', 'BECAME_LOOKED_AFTER') "
                + "AND o.occurred_on >= f.occurred_on AND o.occurred_on <= f.occurred_on + interval '" + months
                + " months')";
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Shape shape() {
        return shape;
    }

    public boolean rate() {
        return shape == Shape.RATE;
    }

    /** How to read it: which way is better, or the target. */
    public String reading() {
        return reading;
    }

    public String definition() {
        return definition;
    }

    String kinds() {
        return kinds;
    }

    String numerator() {
        return numerator;
    }

    String denominator() {
        return denominator;
    }

    public static Optional<Measure> fromSlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }
}
