package kith.familyhelp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.audit.AuditRecord;
import kith.people.Identities;
import kith.people.Identity;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loading and saving episodes for the module's services (never a stale one), the rules that read across episodes
 * (no two overlap for one child, one episode per referral), and the episode as the current user may be shown it:
 * its people through people's Identities, the one place that decides what of a person's identity is shown.
 */
@Component
class EpisodeRecords {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final EpisodeRepository episodes;
    private final Identities identities;
    private final JdbcClient jdbc;

    EpisodeRecords(EpisodeRepository episodes, Identities identities, JdbcClient jdbc) {
        this.episodes = episodes;
        this.identities = identities;
        this.jdbc = jdbc;
    }

    Episode load(UUID id) {
        return episodes.findById(id).orElseThrow(() -> new RecordNotFound("Family Help episode", id));
    }

    /** The episode, if nobody has changed it since the user loaded {@code expectedVersion}. */
    Episode loadAt(UUID id, long expectedVersion) {
        Episode episode = load(id);
        if (!episode.isAt(expectedVersion)) {
            throw new StaleRecord("Family Help episode", id);
        }
        return episode;
    }

    Episode save(Episode episode) {
        try {
            return episodes.save(episode);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord("Family Help episode", episode.id());
        }
    }

    /** The episode with its people as the current user may be shown them, audited as shown. */
    EpisodeView shown(Episode episode) {
        return shown(episode, AuditRecord.allowed("PEOPLE_SHOWN", List.of()).withDetail("Family Help episode"));
    }

    /** The same, audited by the caller's own entry (opening the episode), to which the people shown are added. */
    EpisodeView shown(Episode episode, AuditRecord entry) {
        EpisodeView view = episode.view();
        return view.withPeople(identities.show(view.people().stream().map(EpisodeView.Person::id).toList(), entry));
    }

    /** The names new members are kept under, as the manager adding them is shown them (audited as shown). */
    Map<UUID, String> namesOf(List<UUID> people) {
        Map<UUID, String> names = new HashMap<>();
        identities.show(people, "Family Help episode").forEach((id, identity) -> names.put(id, identity.name()));
        return names;
    }

    /** How these people may be shown to the current user (people's Identities), audited as shown with {@code where}. */
    Map<UUID, Identity> identitiesOf(Collection<UUID> people, String where) {
        return people.isEmpty() ? Map.of() : identities.show(people, where);
    }

    /** Of these people, those the current user may be shown: not a restricted record withheld from them. */
    Set<UUID> shownOf(Collection<UUID> people, String where) {
        Set<UUID> shown = new HashSet<>();
        identitiesOf(people, where).forEach((id, identity) -> {
            if (!identity.withheld()) {
                shown.add(id);
            }
        });
        return shown;
    }

    /** Episodes for one child never overlap: refused while another is open (or closed after this date). */
    void refuseOverlap(UUID child, LocalDate openingOn) {
        // One opening at a time per child, so that two managers cannot open two episodes at once.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('family-help:' || :child))").param("child", child.toString())
                .query().singleValue();
        jdbc.sql("""
                        SELECT e.opened_on FROM family_help_episode e JOIN episode_member m ON m.episode_id = e.id
                        WHERE m.person_id = :child AND m.child AND (e.closed_on IS NULL OR e.closed_on > :on)
                        LIMIT 1""")
                .param("child", child)
                .param("on", openingOn)
                .query(LocalDate.class)
                .optional()
                .ifPresent(opened -> {
                    // DfE CIN rule 8820: episodes must not overlap.
                    throw new InvalidInput("children", "This child already has Family Help, opened on "
                            + opened.format(SHOWN)
                            + ". Episodes for one child cannot overlap: work within that episode, or close it first.");
                });
    }

    boolean openedFrom(UUID referralId) {
        return jdbc.sql("SELECT count(*) FROM family_help_episode WHERE referral_id = :r").param("r", referralId)
                .query(Long.class).single() > 0;
    }

    /** The episode's id and its children's: the subjects of its audit entries. */
    static List<UUID> subjectsOf(Episode episode) {
        List<UUID> subjects = new ArrayList<>(List.of(episode.id()));
        subjects.addAll(episode.childIds());
        return subjects;
    }
}
