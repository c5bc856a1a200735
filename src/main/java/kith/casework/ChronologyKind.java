package kith.casework;

/** The kinds of chronology entry, which the chronology filters by; their labels are in {@code messages.properties}. */
public enum ChronologyKind {
    REFERRAL,
    REFERRAL_DECISION,
    FAMILY_HELP,
    LEAD_PRACTITIONER,
    ASSESSMENT,
    FAMILY_PLAN,
    PLAN_REVIEW,
    VISIT,
    CHILD_PROTECTION,
    CLOSURE
}
