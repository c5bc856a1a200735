package kith.shared;

/**
 * Somebody else saved the record after this user loaded it: the write is refused so that their change is
 * not silently overwritten (answered as a conflict on pages and 412 on the API).
 */
public class StaleRecord extends RuntimeException {

    public StaleRecord(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
