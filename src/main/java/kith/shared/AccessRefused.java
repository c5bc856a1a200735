package kith.shared;

/** The access policy (in {@code access}) refused the current user; already audited when thrown. Answered as 403. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String reason) {
        super(reason);
    }
}
