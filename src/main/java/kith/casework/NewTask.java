package kith.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task about to be written: {@code sourceId} is the work it is about (the assessment, a plan, the enquiry, the
 * discussion, the transfer in); {@code practitionerId} is whose it is, null while that work waits for its lead;
 * {@code episodeId} is the Family Help episode when the Family Help lead practitioner holds it, else null.
 */
record NewTask(TaskKind kind, UUID practitionerId, List<UUID> childIds, UUID episodeId, LocalDate dueOn, String link,
        UUID sourceId) {}
