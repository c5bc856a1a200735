package kith.support;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The test server's live sessions by id (a browser's KITH_SESSION cookie), so that a browser journey can give one
 * session a short idle timeout, or end it as the container would, without waiting thirty minutes or touching
 * anyone else's. In tests only.
 */
@Component
public class Sessions implements HttpSessionListener {

    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    /** The live session with this id. */
    public HttpSession of(String id) {
        HttpSession session = live.get(id);
        if (session == null) {
            throw new AssertionError("No live session " + id);
        }
        return session;
    }
}
