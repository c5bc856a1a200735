package kith.shared;

import java.util.UUID;

/** A record like this one was created moments ago; nothing is saved until the user confirms (answered 409). */
public class DuplicateSuspected extends RuntimeException {

    private final UUID existing;

    public DuplicateSuspected(String message, UUID existing) {
        super(message);
        this.existing = existing;
    }

    public UUID existing() {
        return existing;
    }
}
