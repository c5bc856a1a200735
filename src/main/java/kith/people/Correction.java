package kith.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction to a person's details proposed by someone who may read but not change them, and what the council
 * decided. Accepting records that the council made the change (through the record's own form); nothing changes
 * the record by itself.
 */
public record Correction(
        UUID id,
        long version,
        UUID personId,
        CorrectionSubject about,
        String proposedValue,
        String why,
        String proposedBy,
        String proposedByName,
        String proposedByAgency,
        Instant proposedAt,
        Status status,
        String decidedByName,
        Instant decidedAt,
        String decisionNote) {

    public enum Status {
        PROPOSED("Waiting for the council"),
        ACCEPTED("Accepted"),
        REJECTED("Not accepted");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean waiting() {
        return status == Status.PROPOSED;
    }
}
