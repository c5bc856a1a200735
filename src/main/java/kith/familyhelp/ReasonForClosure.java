package kith.familyhelp;

/** DfE reason for closure of an episode (CIN census ReasonForClosure, RC1 to RC9). */
public enum ReasonForClosure {
    RC1("Adopted"),
    RC2("Died"),
    RC3("Child arrangements order"),
    RC4("Special guardianship order"),
    RC5("Transferred to services of another local authority"),
    RC6("Transferred to adult social care services"),
    RC7("Services ceased for any other reason, including child no longer in need"),
    RC8("Case closed after assessment, no further action"),
    RC9("Case closed after assessment, referred to early help");

    private final String label;

    ReasonForClosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
