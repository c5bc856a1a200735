package kith.familyhelp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recorded visit read back in full: what was said and seen and what happens next. It opens for whoever may
 * open the episode (everyone who may open each of its children's records) and is audited as a view naming the
 * visit, the episode and the children shown.
 */
@Service
public class RecordedVisits {

    /**
     * A child as the current user may be shown them: {@code id} is null and {@code name} "Restricted record" for a
     * restricted record they are not named on; link to them only when {@code openable}.
     */
    public record Child(UUID id, String name, boolean openable) {

        static Child of(Identity identity) {
            return new Child(identity.id(), identity.name(), identity.openable());
        }
    }

    /**
     * A visit in full. {@code children} are the episode's children, {@code childrenSeen} those the practitioner
     * saw; {@code kind} is one of HOME_VISIT, SCHOOL, OFFICE, PHONE, VIDEO or OTHER.
     */
    public record Visit(UUID id, UUID episodeId, List<Child> children, LocalDate visitedOn, String kind,
            List<Child> childrenSeen, List<Child> familySeen, boolean childSeenAlone, String whoWasSeen,
            String whatWasSaid, String whatNext, String recordedByName, Instant recordedAt) {

        /** The episode's children's names, as the page's caption shows them. */
        public String childNames() {
            return String.join(", ", children.stream().map(Child::name).toList());
        }
    }

    private record Row(UUID id, UUID episodeId, LocalDate visitedOn, String kind, List<UUID> childrenSeen,
            List<UUID> familySeen, boolean childSeenAlone, String whoWasSeen, String whatWasSaid, String whatNext, String recordedByName,
            Instant recordedAt) {}

    private final EpisodeRecords episodes;
    private final RecordAccess access;
    private final Identities identities;
    private final JdbcClient jdbc;

    RecordedVisits(EpisodeRecords episodes, RecordAccess access, Identities identities, JdbcClient jdbc) {
        this.episodes = episodes;
        this.access = access;
        this.identities = identities;
        this.jdbc = jdbc;
    }

    /** The visit, for anyone who may open its episode's children's records; audited as a view. */
    @Transactional
    public Visit open(UUID visitId) {
        Row row = jdbc.sql("""
                        SELECT id, episode_id, visited_on, kind, children_seen, family_seen, child_seen_alone, who_was_seen,
                          what_was_said, what_next, recorded_by_name, recorded_at
                        FROM visit WHERE id = :id""")
                .param("id", visitId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class), rs.getString("kind"),
                        List.of((UUID[]) rs.getArray("children_seen").getArray()),
                        List.of((UUID[]) rs.getArray("family_seen").getArray()), rs.getBoolean("child_seen_alone"),
                        rs.getString("who_was_seen"), rs.getString("what_was_said"), rs.getString("what_next"),
                        rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant()))
                .optional()
                .orElseThrow(() -> new RecordNotFound("Visit", visitId));
        Episode episode = episodes.load(row.episodeId());
        // The episode's rule: a visit says as much about the family as the episode does.
        episode.childIds().forEach(access::checkMayOpen);
        List<UUID> people = new ArrayList<>(episode.childIds());
        row.childrenSeen().stream().filter(child -> !people.contains(child)).forEach(people::add);
        row.familySeen().stream().filter(member -> !people.contains(member)).forEach(people::add);
        Map<UUID, Identity> shown = identities.show(people,
                AuditRecord.allowed("VISIT_VIEWED", List.of(visitId, episode.id())));
        return new Visit(row.id(), row.episodeId(), children(episode.childIds(), shown), row.visitedOn(), row.kind(),
                children(row.childrenSeen(), shown), children(row.familySeen(), shown), row.childSeenAlone(),
                row.whoWasSeen(), row.whatWasSaid(),
                row.whatNext(), row.recordedByName(), row.recordedAt());
    }

    private static List<Child> children(List<UUID> ids, Map<UUID, Identity> shown) {
        // A child seen who is no longer known (never expected) is shown as withheld rather than failing the page.
        return ids.stream().map(id -> shown.containsKey(id) ? Child.of(shown.get(id))
                : new Child(null, Identity.RESTRICTED_RECORD, false)).toList();
    }
}
