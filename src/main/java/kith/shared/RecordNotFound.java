package kith.shared;

/** A record asked for by id does not exist (answered as 404). */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
