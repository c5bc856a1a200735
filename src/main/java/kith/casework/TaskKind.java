package kith.casework;

/** The work a task asks for, with its title on the work tray. */
enum TaskKind {
    COMPLETE_ASSESSMENT("Complete the assessment"),
    REVIEW_FAMILY_PLAN("Review the family plan");

    private final String title;

    TaskKind(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
