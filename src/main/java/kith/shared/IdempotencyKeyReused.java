package kith.shared;

/**
 * An Idempotency-Key already used on the same route for a different request: refused with 422, as the IETF
 * httpapi Idempotency-Key draft says, and nothing is created.
 */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used for a different request");
    }
}
