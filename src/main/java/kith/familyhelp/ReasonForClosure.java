package kith.familyhelp;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * DfE reason for closure of an episode (CIN census ReasonForClosure, RC1 to RC9), and which of them are usual for
 * each kind of Family Help: the one place that rule is kept. A reason that is not usual for the work (RC1
 * "Adopted" for targeted early help) is accepted only when the manager confirms it.
 *
 * <p>Targeted early help ends when the family's needs are met or they move on: RC5 (another council's services),
 * RC6 (adult social care), RC7 (services ceased, needs met) or RC8 (closed after assessment, no further action).
 * The legal orders (RC1 adoption, RC3 child arrangements, RC4 special guardianship) end section 17 work far more
 * often than early help, and RC9 (referred to early help) makes no sense for work that is early help already.
 * Section 17 child-in-need work may end with any reason but RC1 and RC2; a child's death (RC2) is always
 * confirmed, whatever the work.
 */
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

    private static final Set<ReasonForClosure> USUAL_FOR_EARLY_HELP = EnumSet.of(RC5, RC6, RC7, RC8);
    private static final Set<ReasonForClosure> USUAL_FOR_CHILD_IN_NEED = EnumSet.of(RC3, RC4, RC5, RC6, RC7, RC8, RC9);

    private final String label;

    ReasonForClosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the reason is usual for closing this kind of work (otherwise the manager confirms it). */
    public boolean usualFor(EpisodeKind kind) {
        return (kind == EpisodeKind.TARGETED_EARLY_HELP ? USUAL_FOR_EARLY_HELP : USUAL_FOR_CHILD_IN_NEED).contains(this);
    }

    /** The reasons usual for closing this kind of work, in code order. */
    public static List<ReasonForClosure> usualFor(EpisodeKind kind, boolean usual) {
        return Arrays.stream(values()).filter(reason -> reason.usualFor(kind) == usual).toList();
    }

    /** RC8 and RC9 say the case closed after its assessment (DfE CIN rule 8825Q: there must be one). */
    public boolean needsACompletedAssessment() {
        return this == RC8 || this == RC9;
    }
}
