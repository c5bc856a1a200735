package kith.shared;

import java.util.Locale;

/**
 * How long a piece of text Kith takes, by what it is: generous for what people write, so that nobody meets a
 * limit in real work, and finite, so that nobody can fill a record (or the database) with a single field.
 * Rules use these with a message that says the limit ("Enter a preferred name of 100 characters or fewer").
 */
public final class TextLimits {

    /** A name: given, family, preferred, other names, an agency. */
    public static final int NAME = 100;
    /** One line: an address line, a town, a language, a role in the team, how to contact a referrer. */
    public static final int LINE = 200;
    /** A short note: a goal, an action, who came to a review or was seen on a visit. */
    public static final int NOTE = 2_000;
    /** A piece of writing: what was said at a visit, a reason, a summary, an answer to the front door. */
    public static final int TEXT = 20_000;
    /** A long piece of writing: the parts of an assessment. */
    public static final int LONG_TEXT = 50_000;

    private TextLimits() {}

    public static boolean exceeds(String value, int limit) {
        return value != null && value.length() > limit;
    }

    /** The limit as the message shows it: "20,000". */
    public static String shown(int limit) {
        return String.format(Locale.UK, "%,d", limit);
    }
}
