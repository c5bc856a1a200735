package kith.insights.measures;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a measure can be sliced by, each a column of {@code measure_fact} kept as it was when the fact happened.
 * Primary need is the need recorded by the child's latest assessment completed by the fact's day (none before one
 * is); the stage applies to family group decisions and the type of kinship arrangement.
 */
public enum Dimension {
    TEAM("team", "Team", "team_id"),
    AGENCY("agency", "Agency of the lead practitioner", "agency_name"),
    AGE_BAND("age", "Age band", "age_band"),
    SEX("sex", "Sex", "sex"),
    ETHNICITY("ethnicity", "Ethnicity", "ethnicity"),
    DISABILITY("disability", "Disability", "disability"),
    PRIMARY_NEED("need", "Primary need", "primary_need"),
    STAGE("stage", "Stage of family group decision making, or type of kinship arrangement", "stage");

    private final String parameter;
    private final String label;
    private final String column;

    Dimension(String parameter, String label, String column) {
        this.parameter = parameter;
        this.label = label;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The column; a constant of this enum, never user input, so safe to put into SQL. */
    String column() {
        return column;
    }

    public static Optional<Dimension> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
    }
}
