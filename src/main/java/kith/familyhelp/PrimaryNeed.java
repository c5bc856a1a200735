package kith.familyhelp;

import java.util.Arrays;
import java.util.Optional;

/**
 * The child's primary need, in DfE codes (CIN census PrimaryNeedCode, N0 to N9), with the 2026 schema's labels
 * (copied from {@code codes/primary_need.csv}: N1 was relabelled "Abuse, neglect and exploitation" for 2026).
 */
public enum PrimaryNeed {
    N0("Not stated"),
    N1("Abuse, neglect and exploitation"),
    N2("Child's disability"),
    N3("Parental disability or illness"),
    N4("Family in acute stress"),
    N5("Family dysfunction"),
    N6("Socially unacceptable behaviour"),
    N7("Low income"),
    N8("Absent parenting"),
    N9("Cases other than children in need");

    private final String label;

    PrimaryNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PrimaryNeed> fromCode(String code) {
        return Arrays.stream(values()).filter(need -> need.name().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst();
    }
}
