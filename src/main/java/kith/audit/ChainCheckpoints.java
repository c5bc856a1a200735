package kith.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The signed checkpoints of the audit chains, appended to a file outside the database (one line each, flushed
 * to disk before the call returns) and logged, so that a copy also leaves the machine with the logs.
 */
@Component
class ChainCheckpoints {

    /** A checkpoint as read back, and whether its signature holds with this deployment's key. */
    record Signed(Checkpoint checkpoint, boolean holds) {}

    // Its own logger, so that where the logs are shipped off the machine the checkpoints can be kept apart.
    private static final Logger log = LoggerFactory.getLogger("kith.audit.checkpoints");

    private final AuditKey key;
    private final Path file;
    private final Clock clock;
    private final Map<String, ChainHead> lastSigned = new ConcurrentHashMap<>();

    ChainCheckpoints(AuditKey key, AuditSettings settings, Clock clock) {
        this.key = key;
        this.file = settings.checkpointFile().toAbsolutePath();
        this.clock = clock;
        try {
            Files.createDirectories(file.getParent());
            if (Files.notExists(file)) {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit checkpoint file " + file, e);
        }
        if (!Files.isWritable(file)) {
            throw new IllegalStateException("Cannot write the audit checkpoint file " + file);
        }
    }

    /** Signs the head unless it is where the last checkpoint of this authority already put it. */
    synchronized void sign(String authority, ChainHead head) {
        if (head.position() == 0 || head.equals(lastSigned(authority))) {
            return;
        }
        var checkpoint = Checkpoint.signed(authority, head, clock.instant().truncatedTo(ChronoUnit.MILLIS), key);
        append(checkpoint.line() + "\n");
        lastSigned.put(authority, head);
        log.info("Audit checkpoint {}", checkpoint.line());
    }

    /** Every checkpoint of one authority in position order, read afresh from the file. */
    List<Signed> of(String authority) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith(authority + "\t"))
                    .map(line -> Checkpoint.parse(line).orElse(null))
                    .filter(checkpoint -> checkpoint != null && checkpoint.authority().equals(authority))
                    .map(checkpoint -> new Signed(checkpoint, checkpoint.signedWith(key)))
                    .sorted(Comparator.comparingLong((Signed signed) -> signed.checkpoint().position())
                            .thenComparing(signed -> signed.checkpoint().signedAt()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file, e);
        }
    }

    private ChainHead lastSigned(String authority) {
        return lastSigned.computeIfAbsent(authority, code -> of(code).stream()
                .filter(Signed::holds)
                .reduce((earlier, later) -> later)
                .map(signed -> new ChainHead(signed.checkpoint().position(), signed.checkpoint().hash()))
                .orElse(ChainHead.EMPTY));
    }

    private void append(String line) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + file, e);
        }
    }
}
