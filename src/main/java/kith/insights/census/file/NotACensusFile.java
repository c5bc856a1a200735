package kith.insights.census.file;

/** The file cannot be read as a CIN census at all: it is not XML, or not a CIN Message. The message is for the user. */
public class NotACensusFile extends Exception {

    public NotACensusFile(String message) {
        super(message);
    }
}
