package kith.casework;

import java.util.Arrays;

/** Why Family Help closed: the DfE CIN census reason for closure codes, RC1 to RC9. */
enum ClosureReason {
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

    ClosureReason(String label) {
        this.label = label;
    }

    /** The code and its meaning ("RC8 Case closed after assessment, no further action"), or the code as given. */
    static String describe(String code) {
        return Arrays.stream(values())
                .filter(reason -> reason.name().equalsIgnoreCase(code))
                .findFirst()
                .map(reason -> reason.name() + " " + reason.label)
                .orElse(code);
    }
}
