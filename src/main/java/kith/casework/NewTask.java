package kith.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task about to be written: {@code sourceId} is the assessment or plan it is about. */
record NewTask(TaskKind kind, UUID practitionerId, List<UUID> childIds, UUID episodeId, LocalDate dueOn, String link,
        UUID sourceId) {}
