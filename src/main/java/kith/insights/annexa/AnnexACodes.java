package kith.insights.annexa;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Kith's codes written as Annex A's values ({@code Annex_A_schema.yml}; the lettered categories of
 * {@code codes/annex_a_*.csv}): the DfE's sex, ethnicity, referral source, reason for closure and category of abuse
 * codes, yes and no, dates as dd/mm/yyyy and the age in whole years (an unborn child is -1).
 */
final class AnnexACodes {

    static final String YES = "Yes";
    static final String NO = "No";
    static final String UNKNOWN = "Unknown";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AnnexACodes() {}

    /** CIN census Sex (M, F, U) as Annex A gender. */
    static String gender(String sex) {
        if ("M".equals(sex)) {
            return "a) Male";
        }
        if ("F".equals(sex)) {
            return "b) Female";
        }
        return "c) Not stated/recorded";
    }

    /** A DfE ethnicity code (CIN census) as Annex A's broad group; not recorded, refused or not obtained: not stated. */
    static String ethnicity(String code) {
        if (code == null) {
            return "f) Not stated";
        }
        return switch (code) {
            case "WBRI", "WIRI", "WIRT", "WOTH", "WROM" -> "a) White";
            case "MWBC", "MWBA", "MWAS", "MOTH" -> "b) Mixed";
            case "AIND", "APKN", "ABAN", "AOTH" -> "c) Asian or Asian British";
            case "BCRB", "BAFR", "BOTH" -> "d) Black or black British";
            case "CHNE", "OOTH" -> "e) Other ethnic group";
            default -> "f) Not stated";
        };
    }

    /** A DfE referral source (1A to 10) as Annex A's contact or referral source. */
    static String source(String code) {
        if (code == null) {
            return "k) Unknown";
        }
        return switch (code) {
            case "1A", "1B", "1C", "1D" -> "a) Individual";
            case "2A" -> "b) Schools";
            case "2B" -> "c) Education Services";
            case "3A", "3B", "3C", "3D", "3E", "3F" -> "d) Health Services";
            case "4" -> "e) Housing";
            case "5A", "5B", "5C", "5D" -> "f) LA Services";
            case "6" -> "g) Police";
            case "7" -> "h) Other legal agency";
            case "8" -> "i) Other";
            case "9" -> "j) Anonymous";
            default -> "k) Unknown";
        };
    }

    /**
     * The CIN census primary need (N0 to N9, recorded when an assessment is completed) as Annex A's; "not stated"
     * when no assessment has recorded one yet.
     */
    static String primaryNeed(String code) {
        if (code == null) {
            return "j) Not stated";
        }
        return switch (code) {
            case "N1" -> "a) Abuse or neglect";
            case "N2" -> "b) Child's disability";
            case "N3" -> "c) Parents illness or disability";
            case "N4" -> "d) Family in acute stress";
            case "N5" -> "e) Family dysfunction";
            case "N6" -> "f) Socially unacceptable behaviour";
            case "N7" -> "g) Low income";
            case "N8" -> "h) Absent parenting";
            case "N9" -> "i) Not CIN";
            default -> "j) Not stated";
        };
    }

    /** A CIN census reason for closure (RC1 to RC9) as Annex A's; blank while open. */
    static String reasonForClosure(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "RC1" -> "a) Adopted";
            case "RC2" -> "b) Died";
            case "RC3" -> "c) Residence Order";
            case "RC4" -> "d) Special Guardianship Order";
            case "RC5" -> "e) Transfer to another LA";
            case "RC6" -> "f) Transfer to Adult Social Services";
            case "RC7" -> "g) 'Other' incl. Child no longer in need";
            // RC8 (no further action) and RC9 (referred to early help) both close after an assessment found no need.
            case "RC8", "RC9" -> "h) Child not in need after assessment";
            default -> "i) Not Stated";
        };
    }

    /** A category of abuse (NEG, PHY, SAB, EMO, MUL) as Annex A's. */
    static String category(String code) {
        return switch (code == null ? "" : code) {
            case "NEG" -> "a) Neglect";
            case "PHY" -> "b) Physical Abuse";
            case "SAB" -> "c) Sexual Abuse";
            case "EMO" -> "d) Emotional Abuse";
            default -> "e) Multiple";
        };
    }

    /** Annex A's case status of a child in need on the day: on a plan, on a child in need plan, being assessed. */
    static String caseStatus(boolean closed, boolean protectionPlan, boolean childInNeedPlan, boolean assessing) {
        if (closed) {
            return "e) Closed episode";
        }
        if (protectionPlan) {
            return "b) Child Protection plan";
        }
        if (assessing && !childInNeedPlan) {
            return "d) Open assessment";
        }
        return "c) Child in need plan";
    }

    /** Recorded disabilities: none recorded is unknown; NONE alone is no. */
    static String disability(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return UNKNOWN;
        }
        return codes.stream().allMatch("NONE"::equals) ? NO : YES;
    }

    /** Yes or No, blank when not known yet. */
    static String yesNo(Boolean value) {
        return value == null ? "" : value ? YES : NO;
    }

    /** Yes, No or Unknown. */
    static String yesNoUnknown(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Whole years on the day; -1 for a child not yet born (no date of birth, or born after the day). */
    static String age(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
            return "-1";
        }
        return Integer.toString(Period.between(dateOfBirth, on).getYears());
    }

    /** Free text such as a team's name, or "Unallocated" when there is none. */
    static String named(String value) {
        return value == null || value.isBlank() ? "Unallocated" : value.trim();
    }
}
