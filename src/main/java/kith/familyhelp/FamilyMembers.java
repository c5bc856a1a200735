package kith.familyhelp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.access.WorkingRelationships.Kind;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.people.Identity;
import kith.people.Relationship;
import kith.people.RelationshipType;
import kith.people.Relationships;
import kith.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family on an episode: parents, carers, brothers and sisters and others close to the children, chosen by the
 * manager from the children's recorded relationships, so that visits and plans name them rather than type them
 * again. A restricted relative the manager is not named on is shown as "Restricted record" and cannot be chosen.
 * Whoever works with the family (lead practitioner, supervisor, team) may open the family's records too, until the
 * work ends or the person leaves the family on the episode.
 */
@Service
public class FamilyMembers {

    /**
     * One of the children's recorded relatives, as the manager may be shown them ({@code person} withheld for a
     * restricted record they are not named on), with what they are to the child and whether they are in the family.
     */
    public record Relative(Identity person, RelationshipType type, boolean member) {

        /** Whether the manager may choose them: not a restricted record withheld from them. */
        public boolean choosable() {
            return !person.withheld();
        }
    }

    private final EpisodeRecords records;
    private final Relationships relationships;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;

    FamilyMembers(EpisodeRecords records, Relationships relationships, WorkingRelationships working, RecordAccess access,
            AuditTrail audit) {
        this.records = records;
        this.relationships = relationships;
        this.working = working;
        this.access = access;
        this.audit = audit;
    }

    /** The children's recorded relatives, each with whether they are in the family on the episode. A manager's. */
    @Transactional
    public List<Relative> relativesOf(UUID episodeId) {
        access.checkMayManageFamilyHelp();
        return relatives(records.load(episodeId));
    }

    /**
     * Confirms who of the children's recorded relatives are in the family on the episode: those chosen join (and
     * whoever works with the family may open their records), those left out leave.
     */
    @Transactional
    public EpisodeView confirm(UUID episodeId, long expectedVersion, List<UUID> chosen) {
        access.checkMayManageFamilyHelp();
        Episode episode = records.loadAt(episodeId, expectedVersion);
        Map<UUID, Relative> choosable = new LinkedHashMap<>();
        relatives(episode).stream().filter(Relative::choosable).forEach(r -> choosable.put(r.person().id(), r));
        List<UUID> wanted = chosen == null ? List.of() : chosen.stream().distinct().toList();
        if (!choosable.keySet().containsAll(wanted)) {
            throw new InvalidInput("family", "Select people from the children’s recorded family and network");
        }
        Episode.FamilyChange change = episode.confirmFamily(wanted.stream()
                .map(id -> new Episode.Member(id, false, choosable.get(id).person().name(), choosable.get(id).type().name()))
                .toList());
        for (UUID left : change.left()) {
            working.endWith(episodeId, left);
        }
        if (!change.joined().isEmpty()) {
            working.start(episodeId, change.joined(), episode.supervisorId(), Kind.SUPERVISING_MANAGER);
            if (episode.leadPractitionerId() != null) {
                working.start(episodeId, change.joined(), episode.leadPractitionerId(), Kind.LEAD_PRACTITIONER);
            }
            episode.team().forEach(member -> working.start(episodeId, change.joined(), member.practitionerId(),
                    Kind.TEAM_AROUND_THE_FAMILY));
        }
        Episode saved = records.save(episode);
        List<UUID> subjects = new ArrayList<>(EpisodeRecords.subjectsOf(saved));
        subjects.addAll(change.joined());
        subjects.addAll(change.left());
        audit.record(AuditRecord.allowed("FAMILY_CONFIRMED", subjects)
                .withDetail(change.joined().size() + " joined, " + change.left().size() + " left"));
        return records.shown(saved);
    }

    /** Each relative of the children once (what they are to the first child they are related to), children excepted. */
    private List<Relative> relatives(Episode episode) {
        List<UUID> family = episode.familyIds();
        Set<UUID> listed = new HashSet<>(episode.childIds());
        List<Relative> relatives = new ArrayList<>();
        for (UUID child : episode.childIds()) {
            for (Relationship relationship : relationships.of(child)) {
                Identity person = relationship.person();
                // A withheld relative has no id to be chosen by (or told apart with): listed as it is.
                if (person.withheld() || listed.add(person.id())) {
                    relatives.add(new Relative(person, relationship.type(), !person.withheld() && family.contains(person.id())));
                }
            }
        }
        return List.copyOf(relatives);
    }
}
