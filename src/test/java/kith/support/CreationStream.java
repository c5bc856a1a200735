package kith.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few clients creating people through {@code POST /api/v1/people}, one after another, as an integration
 * would: each creation has its own {@code Idempotency-Key}, and a request that fails in any way (no answer, a
 * broken connection, any status but 201) is sent again with the same key until it is answered 201. What was
 * acknowledged is kept, to be checked against the database afterwards.
 */
public final class CreationStream implements AutoCloseable {

    /**
     * A creation Kith answered 201 for: the key it was sent with, the name it carried, the id Kith gave it, and
     * when (System.nanoTime) the request that was answered was sent and answered.
     */
    public record Acknowledged(String key, String givenName, UUID id, long sentAt, long answeredAt) {}

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("social.worker:kith-demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> base;
    private final String familyName;
    private final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopping;

    private CreationStream(Supplier<String> base, String familyName, int writers) {
        this.base = base;
        this.familyName = familyName;
        for (int i = 0; i < writers; i++) {
            this.writers.add(Thread.ofPlatform().daemon().name("writer-" + i).start(this::write));
        }
    }

    /** Starts {@code writers} clients against the Kith at {@code base}; every person gets {@code familyName}. */
    public static CreationStream start(Supplier<String> base, String familyName, int writers) {
        return new CreationStream(base, familyName, writers);
    }

    private void write() {
        while (!stopping) {
            int n = next.incrementAndGet();
            String key = familyName + "-" + n + "-" + UUID.randomUUID();
            createUntilAnswered(key, "Ada" + n);
        }
    }

    /** Sends the creation until it is answered 201, or for at most two minutes. */
    private void createUntilAnswered(String key, String givenName) {
        String body = """
                {"givenName":"%s","familyName":"%s","dateOfBirth":"2015-03-04","sex":"F"}""".formatted(givenName, familyName);
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        boolean first = true;
        while (System.nanoTime() < giveUpAt) {
            if (!first) {
                retries.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            first = false;
            long sentAt = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.get() + "/api/v1/people"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", BASIC)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        acknowledged.add(new Acknowledged(key, givenName, UUID.fromString(id.group(1)), sentAt, System.nanoTime()));
                        return;
                    }
                }
                failures.computeIfAbsent(Integer.toString(response.statusCode()), s -> new AtomicInteger()).incrementAndGet();
            } catch (IOException e) {
                failures.computeIfAbsent(e.getClass().getSimpleName(), s -> new AtomicInteger()).incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        unanswered.add(key);
    }

    /** Waits until at least {@code count} creations have been acknowledged in all. */
    public void awaitAcknowledged(int count, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + acknowledged.size() + " of " + count
                        + " creations acknowledged within " + atMost + "; failures " + failures);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    /** When the first 201 to a request sent after {@code since} (System.nanoTime) came, or -1. */
    public long firstAcknowledgedAfter(long since) {
        return acknowledged.stream().filter(creation -> creation.sentAt() > since).mapToLong(Acknowledged::answeredAt)
                .min().orElse(-1);
    }

    /** Lets every client finish the creation it is sending (until answered), then stops them. */
    public void stop() throws InterruptedException {
        stopping = true;
        for (Thread writer : writers) {
            writer.join(TimeUnit.MINUTES.toMillis(3));
        }
    }

    public List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Keys that were never answered 201 (the client gave up, or was stopped first). */
    public List<String> unanswered() {
        return List.copyOf(unanswered);
    }

    /** Failed attempts by status code or exception, before the repeat that succeeded. */
    public Map<String, Integer> failures() {
        var copy = new java.util.TreeMap<String, Integer>();
        failures.forEach((what, count) -> copy.put(what, count.get()));
        return copy;
    }

    public long retries() {
        return retries.get();
    }

    /** Stops the clients at once, abandoning what they are sending. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        for (Thread writer : writers) {
            writer.interrupt();
            writer.join();
        }
    }
}
