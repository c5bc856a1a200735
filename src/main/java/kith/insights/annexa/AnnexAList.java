package kith.insights.annexa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Annex A lists Kith makes, with their columns in Ofsted's order: the column names of
 * {@code Annex_A_schema.yml}, which match the schema's header patterns (AnnexASchemaTests reads the YAML).
 */
public enum AnnexAList {

    CONTACTS(1, "Contacts", false, List.of("Date of Contact", "Contact Source")),
    EARLY_HELP(2, "Early help", false,
            List.of("Assessment start date", "Assessment completion date", "Organisation completing assessment")),
    REFERRALS(3, "Referrals", false, List.of("Date of referral", "Referral Source", "Referral NFA?",
            "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker")),
    ASSESSMENTS(4, "Assessments", true, List.of("Continuous Assessment Start Date",
            "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
            "Was the child assessed as requiring LA children's social care support?", "Allocated Team",
            "Allocated Worker")),
    SECTION_47(5, "Section 47 enquiries and initial child protection conferences", true, List.of(
            "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?",
            "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months",
            "Allocated Team", "Allocated Worker")),
    CHILDREN_IN_NEED(6, "Children in need", true, List.of("CIN Start Date", "Primary Need Code",
            "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team",
            "Allocated Worker")),
    CHILD_PROTECTION_PLANS(7, "Child protection plans", true, List.of("Child Protection Plan Start Date",
            "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
            "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
            "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));

    /** The columns every list begins with. */
    static final List<String> CHILD_COLUMNS =
            List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");

    static final String DISABILITY_COLUMN = "Does the Child have a Disability";

    private final int number;
    private final String title;
    private final boolean disability;
    private final List<String> ownColumns;

    AnnexAList(int number, String title, boolean disability, List<String> ownColumns) {
        this.number = number;
        this.title = title;
        this.disability = disability;
        this.ownColumns = ownColumns;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** "Annex A list 3: referrals". */
    public String heading() {
        return "Annex A list " + number + ": " + title.substring(0, 1).toLowerCase() + title.substring(1);
    }

    /** Whether lists 1 to 5 (six months before the inspection) or 6 and 7 (open on the inspection date). */
    public boolean sixMonthWindow() {
        return number <= 5;
    }

    /** Every column header, in order. */
    public List<String> headers() {
        List<String> headers = new java.util.ArrayList<>(CHILD_COLUMNS);
        if (disability) {
            headers.add(DISABILITY_COLUMN);
        }
        headers.addAll(ownColumns);
        return List.copyOf(headers);
    }

    /** Whether the column holds a whole number (written as a number in XLSX). */
    public static boolean numeric(String header) {
        return header.startsWith("Age of Child") || header.startsWith("Number of");
    }

    public static Optional<AnnexAList> number(int number) {
        return Arrays.stream(values()).filter(list -> list.number == number).findFirst();
    }
}
