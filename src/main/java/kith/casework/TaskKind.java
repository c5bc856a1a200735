package kith.casework;

/**
 * The work a task asks for, with its title on the work tray. A child protection task links to a child protection
 * record, which the tray shows as a link only to those who may open it.
 */
public enum TaskKind {
    COMPLETE_ASSESSMENT("Complete the assessment", false),
    REVIEW_FAMILY_PLAN("Review the family plan", false),
    STRATEGY_MEETING("Hold the strategy meeting after the urgent discussion by phone", true),
    INITIAL_CONFERENCE("Hold the initial child protection conference", true),
    STATUTORY_VISIT("Make the statutory visit", true),
    CORE_GROUP_MEETING("Hold the core group meeting", true),
    REVIEW_CONFERENCE("Hold the review child protection conference", true),
    TRANSFER_IN_CONFERENCE("Hold the transfer-in child protection conference", true),
    FGDM_MEETING("Hold the family group decision-making meeting", false),
    FGDM_PLAN_REVIEW("Review the family's plan from the family group meeting", false),
    PRE_PROCEEDINGS_REVIEW("Hold the pre-proceedings review meeting", false),
    SUPPORT_PACKAGE_DECISION("Decide on the family network support package", false),
    SUPPORT_PACKAGE_REVIEW("Review the support package's outcome", false);

    private final String title;
    private final boolean childProtection;

    TaskKind(String title, boolean childProtection) {
        this.title = title;
        this.childProtection = childProtection;
    }

    String title() {
        return title;
    }

    boolean childProtection() {
        return childProtection;
    }
}
