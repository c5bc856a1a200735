package kith.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes events as a module does (inside a transaction, so the event publication registry records them
 * and the listeners run after commit) and waits until every listener has handled them.
 */
public final class EventDelivery {

    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public EventDelivery(ApplicationEventPublisher publisher, TransactionTemplate transactions, JdbcClient jdbc) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Publishes the events in one transaction. */
    public void publish(Object... events) {
        transactions.executeWithoutResult(status -> {
            for (Object event : events) {
                publisher.publishEvent(event);
            }
        });
    }

    /**
     * Waits until every publication of an event naming {@code id} is complete. A listener that throws leaves its
     * publication incomplete, so the wait fails rather than passing on a lost event.
     */
    public void awaitHandled(UUID id) {
        assertThat(publications(id, false)).as("publications naming %s were registered", id).isPositive();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(publications(id, true)).as("publications naming %s still outstanding", id).isZero());
    }

    private long publications(UUID id, boolean onlyOutstanding) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id"
                        + (onlyOutstanding ? " AND completion_date IS NULL" : ""))
                .param("id", "%" + id + "%")
                .query(Long.class)
                .single();
    }

    /** Publishes in one transaction, then waits until every listener has handled what names {@code id}. */
    public void deliver(UUID id, Object... events) {
        publish(events);
        awaitHandled(id);
    }
}
