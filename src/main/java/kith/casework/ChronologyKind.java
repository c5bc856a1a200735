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
    /** Stepping up to child protection, and moves between councils on a child protection plan. */
    CHILD_PROTECTION,
    STRATEGY_DISCUSSION,
    SECTION_47_ENQUIRY,
    /** Initial, review and transfer-in child protection conferences, arranged and held. */
    CONFERENCE,
    CHILD_PROTECTION_PLAN,
    CORE_GROUP,
    /** People added to or taken off the child's network. */
    FAMILY_NETWORK,
    /** Family group decision making: considered, offered, answered, held, its family plan reviewed. */
    FGDM,
    /** The Public Law Outline: pre-proceedings, the letter before proceedings, its meetings, the court application. */
    PRE_PROCEEDINGS,
    SUPPORT_PACKAGE,
    KINSHIP_CARE,
    CLOSURE
}
