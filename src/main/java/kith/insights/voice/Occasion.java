package kith.insights.voice;

/** What happened that invites a family's feedback, in the words the practitioner sees. */
public enum Occasion {
    FAMILY_PLAN_REVIEWED("Family plan reviewed"),
    EPISODE_CLOSED("Family Help ended"),
    CHILD_PROTECTION_PLAN_REVIEWED("Child protection plan reviewed");

    private final String words;

    Occasion(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
