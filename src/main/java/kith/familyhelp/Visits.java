package kith.familyhelp;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.FamilyHelpEvents.VisitRecorded;
import kith.shared.Actor;
import kith.shared.Actors;
import kith.shared.InvalidInput.Problem;
import kith.shared.InvalidInput;
import kith.shared.TextLimits;
import kith.shared.Today;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visits and contacts with the family, recorded on one page; a draft is saved as the practitioner types, so
 * that a session that times out loses nothing, and is removed once the visit is recorded.
 */
@Service
public class Visits {

    /**
     * What a practitioner records about a visit. Who was seen is chosen from the episode: {@code childrenSeen} of its
     * children and {@code familySeen} of their family; {@code whoWasSeen} names anyone else, not recorded in Kith.
     */
    public record VisitRecord(LocalDate visitedOn, String kind, List<UUID> childrenSeen, Boolean childSeenAlone,
            String whoWasSeen, String whatWasSaid, String whatNext, List<UUID> familySeen) {

        /** A visit at which only the children, and people not recorded in Kith, were seen. */
        public VisitRecord(LocalDate visitedOn, String kind, List<UUID> childrenSeen, Boolean childSeenAlone,
                String whoWasSeen, String whatWasSaid, String whatNext) {
            this(visitedOn, kind, childrenSeen, childSeenAlone, whoWasSeen, whatWasSaid, whatNext, List.of());
        }
    }

    /** A recorded visit; {@code whoWasSeen} is anyone seen who is not recorded in Kith (or null). */
    public record VisitView(UUID id, LocalDate visitedOn, String kind, List<UUID> childrenSeen, boolean childSeenAlone,
            String whoWasSeen, String whatWasSaid, String whatNext, String recordedByName, Instant recordedAt,
            List<UUID> familySeen) {}

    static final List<String> KINDS = List.of("HOME_VISIT", "SCHOOL", "OFFICE", "PHONE", "VIDEO", "OTHER");
    /** More children than any family has: a list this long is not the family's children. */
    static final int MAX_CHILDREN_SEEN = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EpisodeRecords episodes;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Today today;

    Visits(EpisodeRecords episodes, RecordAccess access, AuditTrail audit, ApplicationEventPublisher events,
            JdbcClient jdbc, Today today) {
        this.episodes = episodes;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Transactional
    public UUID record(UUID episodeId, VisitRecord visit) {
        Episode episode = episodes.load(episodeId);
        episode.childIds().forEach(access::checkMayOpen);
        LocalDate onDay = today.date();
        List<Problem> problems = new ArrayList<>();
        if (visit.visitedOn() == null || visit.visitedOn().isAfter(onDay)) {
            problems.add(new Problem("visitedOn", "Enter the date of the visit, today or in the past"));
        }
        if (visit.kind() == null || !KINDS.contains(visit.kind())) {
            problems.add(new Problem("kind", "Select the kind of visit or contact"));
        }
        if (visit.childSeenAlone() == null) {
            problems.add(new Problem("childSeenAlone", "Select whether the child was seen alone"));
        }
        List<UUID> seen = visit.childrenSeen() == null ? List.of()
                : visit.childrenSeen().stream().filter(episode.childIds()::contains).distinct().toList();
        List<UUID> familySeen = visit.familySeen() == null ? List.of() : visit.familySeen().stream().distinct().toList();
        if (!episode.familyIds().containsAll(familySeen)) {
            problems.add(new Problem("familySeen", "Select the family seen from the family on this episode"));
        }
        if (seen.isEmpty() && familySeen.isEmpty() && blank(visit.whoWasSeen())) {
            problems.add(new Problem("whoWasSeen", "Select who was seen, or write who if they are not recorded in Kith"));
        } else if (TextLimits.exceeds(visit.whoWasSeen(), TextLimits.NOTE)) {
            problems.add(new Problem("whoWasSeen", "Write who was seen in " + TextLimits.shown(TextLimits.NOTE)
                    + " characters or fewer"));
        }
        if (blank(visit.whatWasSaid())) {
            problems.add(new Problem("whatWasSaid", "Write what was said and seen"));
        } else if (TextLimits.exceeds(visit.whatWasSaid(), TextLimits.TEXT)) {
            problems.add(new Problem("whatWasSaid", "Write what was said and seen in "
                    + TextLimits.shown(TextLimits.TEXT) + " characters or fewer"));
        }
        if (TextLimits.exceeds(visit.whatNext(), TextLimits.TEXT)) {
            problems.add(new Problem("whatNext", "Write what happens next in " + TextLimits.shown(TextLimits.TEXT)
                    + " characters or fewer"));
        }
        if (visit.childrenSeen() != null && visit.childrenSeen().size() > MAX_CHILDREN_SEEN) {
            problems.add(new Problem("childrenSeen", "Select the children seen from this family"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Actor me = Actors.currentOrSystem();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO visit (id, episode_id, visited_on, kind, children_seen, family_seen, child_seen_alone,
                          who_was_seen, what_was_said, what_next, recorded_by, recorded_by_name, recorded_at)
                        VALUES (:id, :episode, :on, :kind, :seen, :family, :alone, :who, :said, :next, :by, :name, :at)""")
                .param("id", id).param("episode", episodeId).param("on", visit.visitedOn()).param("kind", visit.kind())
                .param("seen", seen.toArray(UUID[]::new)).param("family", familySeen.toArray(UUID[]::new))
                .param("alone", visit.childSeenAlone())
                .param("who", blank(visit.whoWasSeen()) ? null : visit.whoWasSeen().trim()).param("said", visit.whatWasSaid().trim())
                .param("next", blank(visit.whatNext()) ? null : visit.whatNext().trim())
                .param("by", me.username()).param("name", me.displayName())
                .param("at", Timestamp.from(today.now()))
                .update();
        discardDraft(episodeId);
        events.publishEvent(new VisitRecorded(id, episodeId, episode.childIds(), visit.visitedOn(),
                visit.childSeenAlone(), me.displayName()));
        List<UUID> subjects = new ArrayList<>(List.of(id, episodeId));
        subjects.addAll(episode.childIds());
        audit.record(AuditRecord.allowed("VISIT_RECORDED", subjects));
        return id;
    }

    /**
     * The episode's visits, newest first; the caller has opened the episode. Someone seen whose record is withheld
     * from the current user (a restricted record they are not named on) is there as null: "Restricted record".
     */
    @Transactional
    public List<VisitView> forEpisode(UUID episodeId) {
        List<VisitView> visits = recorded(episodeId);
        Set<UUID> shown = episodes.shownOf(visits.stream()
                .flatMap(v -> Stream.concat(v.childrenSeen().stream(), v.familySeen().stream())).distinct().toList(),
                "visits");
        return visits.stream().map(v -> new VisitView(v.id(), v.visitedOn(), v.kind(), shownOnly(v.childrenSeen(), shown),
                v.childSeenAlone(), v.whoWasSeen(), v.whatWasSaid(), v.whatNext(), v.recordedByName(), v.recordedAt(),
                shownOnly(v.familySeen(), shown))).toList();
    }

    private static List<UUID> shownOnly(List<UUID> seen, Set<UUID> shown) {
        return seen.stream().map(id -> shown.contains(id) ? id : null).toList();
    }

    private List<VisitView> recorded(UUID episodeId) {
        return jdbc.sql("SELECT * FROM visit WHERE episode_id = :e ORDER BY visited_on DESC, recorded_at DESC")
                .param("e", episodeId)
                .query((rs, n) -> new VisitView(rs.getObject("id", UUID.class), rs.getObject("visited_on", LocalDate.class),
                        rs.getString("kind"), List.of((UUID[]) rs.getArray("children_seen").getArray()),
                        rs.getBoolean("child_seen_alone"), rs.getString("who_was_seen"), rs.getString("what_was_said"),
                        rs.getString("what_next"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant(), List.of((UUID[]) rs.getArray("family_seen").getArray())))
                .list();
    }

    /**
     * Saves what the practitioner has typed so far; kept per practitioner and episode. A field longer than the
     * visit itself takes is refused, as the visit would be.
     */
    @Transactional
    public Instant saveDraft(UUID episodeId, Map<String, String> fields) {
        Episode episode = episodes.load(episodeId);
        episode.childIds().forEach(access::checkMayOpen);
        List<Problem> tooLong = fields.entrySet().stream()
                .filter(field -> TextLimits.exceeds(field.getValue(), TextLimits.TEXT))
                .map(field -> new Problem(field.getKey(), "Write this in " + TextLimits.shown(TextLimits.TEXT)
                        + " characters or fewer"))
                .toList();
        if (!tooLong.isEmpty()) {
            throw new InvalidInput(tooLong);
        }
        Instant now = today.now();
        jdbc.sql("""
                        INSERT INTO visit_draft (username, episode_id, fields, saved_at)
                        VALUES (:user, :episode, CAST(:fields AS jsonb), :at)
                        ON CONFLICT (username, episode_id) DO UPDATE SET fields = EXCLUDED.fields, saved_at = EXCLUDED.saved_at""")
                .param("user", Actors.currentOrSystem().username())
                .param("episode", episodeId)
                .param("fields", JSON.writeValueAsString(new LinkedHashMap<>(fields)))
                .param("at", Timestamp.from(now))
                .update();
        return now;
    }

    /** The current practitioner's draft of a visit to this family, if they left one. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public Optional<Map<String, String>> draft(UUID episodeId) {
        return jdbc.sql("SELECT fields::text FROM visit_draft WHERE username = :user AND episode_id = :episode")
                .param("user", Actors.currentOrSystem().username())
                .param("episode", episodeId)
                .query(String.class)
                .optional()
                .map(json -> (Map<String, String>) JSON.readValue(json, Map.class));
    }

    private void discardDraft(UUID episodeId) {
        jdbc.sql("DELETE FROM visit_draft WHERE username = :user AND episode_id = :episode")
                .param("user", Actors.currentOrSystem().username())
                .param("episode", episodeId)
                .update();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
