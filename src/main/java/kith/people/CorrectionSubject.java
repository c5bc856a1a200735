package kith.people;

/** Which of a person's details a proposed correction is about. */
public enum CorrectionSubject {
    NAME("Name"),
    DATE_OF_BIRTH("Date of birth"),
    NHS_NUMBER("NHS number or another identifier"),
    ADDRESS("Address"),
    FLAGS("A flag, such as a confidential address"),
    RELATIONSHIPS("Family and network"),
    OTHER("Something else");

    private final String label;

    CorrectionSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
