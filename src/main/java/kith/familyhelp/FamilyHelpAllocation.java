package kith.familyhelp;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.access.WorkingRelationships;
import kith.access.WorkingRelationships.Kind;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.partnership.PractitionerView;
import kith.shared.Actors;
import kith.shared.InvalidInput;
import kith.shared.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with the family: the lead practitioner (from any agency, allocated by a manager, who then agrees to
 * lead) and the team around the family. Each may then open the records of the children and their family on the
 * episode, through a working relationship that ends when the work does.
 */
@Service
public class FamilyHelpAllocation {

    private final EpisodeRecords records;
    private final EpisodePractitioners practitioners;
    private final WorkingRelationships working;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Today today;

    FamilyHelpAllocation(EpisodeRecords records, EpisodePractitioners practitioners, WorkingRelationships working,
            RecordAccess access, AuditTrail audit, Today today) {
        this.records = records;
        this.practitioners = practitioners;
        this.working = working;
        this.access = access;
        this.audit = audit;
        this.today = today;
    }

    /** Allocates the lead practitioner, from any agency; they may then open the family's records. */
    @Transactional
    public EpisodeView allocateLead(UUID episodeId, long expectedVersion, UUID practitionerId) {
        access.checkMayManageFamilyHelp();
        Episode episode = records.loadAt(episodeId, expectedVersion);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        PractitionerView lead = practitioners.whoWorksWithFamilies(practitionerId, "practitionerId",
                "Select the lead practitioner", problems);
        if (lead == null) {
            throw new InvalidInput(problems);
        }
        UUID previous = episode.allocateLead(lead, today.date(), Actors.currentOrSystem().displayName());
        if (previous != null && !previous.equals(lead.id())) {
            working.end(episodeId, previous, Kind.LEAD_PRACTITIONER);
        }
        working.start(episodeId, episode.memberIds(), lead.id(), Kind.LEAD_PRACTITIONER);
        Episode saved = records.save(episode);
        audit.record(AuditRecord.allowed("LEAD_PRACTITIONER_ALLOCATED", EpisodeRecords.subjectsOf(saved))
                .withDetail(lead.fullName()));
        return records.shown(saved);
    }

    /** The lead practitioner agrees to lead. */
    @Transactional
    public EpisodeView agreeToLead(UUID episodeId, long expectedVersion) {
        Episode episode = records.loadAt(episodeId, expectedVersion);
        episode.childIds().forEach(access::checkMayOpen);
        episode.leadAgrees(access.currentPractitioner());
        Episode saved = records.save(episode);
        audit.record(AuditRecord.allowed("LEAD_PRACTITIONER_AGREED", EpisodeRecords.subjectsOf(saved)));
        return records.shown(saved);
    }

    /** Adds a practitioner from any agency to the team around the family. */
    @Transactional
    public EpisodeView addToTeam(UUID episodeId, long expectedVersion, UUID practitionerId, String role) {
        access.checkMayManageFamilyHelp();
        Episode episode = records.loadAt(episodeId, expectedVersion);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        PractitionerView member = practitioners.whoWorksWithFamilies(practitionerId, "practitionerId",
                "Select a practitioner", problems);
        episode.addToTeam(member, role, today.date(), problems);
        working.start(episodeId, episode.memberIds(), member.id(), Kind.TEAM_AROUND_THE_FAMILY);
        Episode saved = records.save(episode);
        audit.record(AuditRecord.allowed("TEAM_MEMBER_ADDED", EpisodeRecords.subjectsOf(saved)).withDetail(member.fullName()));
        return records.shown(saved);
    }
}
