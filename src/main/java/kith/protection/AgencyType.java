package kith.protection;

import java.util.List;

/**
 * Which part of the partnership someone speaks for at a strategy discussion or in the team: what the attendance
 * check counts. Working Together 2023 names the minimum: the council's social worker, health and police.
 */
public enum AgencyType {
    SOCIAL_CARE("Children's social care"),
    HEALTH("Health"),
    POLICE("Police"),
    EDUCATION("Education"),
    OTHER("Other");

    /** Working Together 2023: a strategy discussion has at least these. */
    static final List<AgencyType> REQUIRED = List.of(SOCIAL_CARE, HEALTH, POLICE);

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
