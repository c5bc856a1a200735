package kith.insights.voice;

/**
 * The five-point scale of every question, for families and staff alike: a statement, and how much the person agrees
 * with it. The score (5 strongly agree, 1 strongly disagree) is what is stored and averaged.
 */
public enum Agreement {
    STRONGLY_AGREE(5, "Strongly agree"),
    AGREE(4, "Agree"),
    NOT_SURE(3, "Not sure"),
    DISAGREE(2, "Disagree"),
    STRONGLY_DISAGREE(1, "Strongly disagree");

    private final int score;
    private final String words;

    Agreement(int score, String words) {
        this.score = score;
        this.words = words;
    }

    public int score() {
        return score;
    }

    public String words() {
        return words;
    }
}
