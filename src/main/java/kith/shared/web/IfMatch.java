package kith.shared.web;

import kith.shared.StaleRecord;
import org.springframework.http.ETag;

/**
 * Reads the record version an API client sends back in {@code If-Match}. Kith's ETags are strong ({@code "3"});
 * If-Match compares strongly (RFC 9110, 13.1.1), so a weak ETag ({@code W/"3"}), a list, {@code *} or anything
 * else never matches: the write is refused as stale (412), never applied to whatever version is there.
 */
public final class IfMatch {

    private IfMatch() {}

    public static long version(String ifMatch, String what, Object id) {
        if (ifMatch == null) {
            throw new StaleRecord(what, id);
        }
        ETag etag = ETag.create(ifMatch.trim());
        if (etag.weak() || !etag.tag().matches("[0-9]{1,18}")) {
            throw new StaleRecord(what, id);
        }
        return Long.parseLong(etag.tag());
    }

    /** The strong ETag of a record at this version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
