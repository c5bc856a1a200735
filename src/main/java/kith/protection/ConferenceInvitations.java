package kith.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.familyhelp.EpisodeFacts;
import kith.familyhelp.FamilyHelpEpisodes;
import kith.people.Identities;
import kith.people.Identity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What someone arranging a conference needs before they set its date: what it is about (the enquiry, the plan to
 * review or the transfer in), the child, the date it is due by, and the family of the child's Family Help episode who
 * may be invited, as the arranger may be shown them (a restricted relative they are not named on is not offered:
 * {@link Conferences} would refuse them).
 */
@Service
public class ConferenceInvitations {

    /**
     * A conference to arrange: {@code workId} is the enquiry, plan or transfer; {@code dueOn} the date it must be held
     * by (null for a review the plan has no date for yet); {@code family} the episode's family, none withheld.
     */
    public record ToArrange(Conference.Kind kind, UUID workId, Identity child, UUID episodeId, LocalDate dueOn,
            LocalDate workStartedOn, List<Identity> family) {}

    private final JdbcClient jdbc;
    private final Section47Enquiries enquiries;
    private final ChildProtectionPlans plans;
    private final FamilyHelpEpisodes familyHelp;
    private final Identities identities;
    private final RecordAccess access;

    ConferenceInvitations(JdbcClient jdbc, Section47Enquiries enquiries, ChildProtectionPlans plans,
            FamilyHelpEpisodes familyHelp, Identities identities, RecordAccess access) {
        this.jdbc = jdbc;
        this.enquiries = enquiries;
        this.plans = plans;
        this.familyHelp = familyHelp;
        this.identities = identities;
        this.access = access;
    }

    /**
     * The conference of this kind to arrange for {@code workId}, for those who arrange conferences and may open the
     * child's child protection records; audited as a view of the child and the family shown.
     */
    @Transactional
    public ToArrange toArrange(Conference.Kind kind, UUID workId) {
        access.check(Permission.ARRANGE_CONFERENCES);
        Work work = switch (kind) {
            case INITIAL -> {
                Section47Enquiries.Stored enquiry = enquiries.load(workId);
                yield new Work(enquiry.childId(), enquiry.episodeId(), enquiry.conferenceDueOn(), enquiry.startedOn());
            }
            case REVIEW -> {
                ChildProtectionPlans.Stored plan = plans.load(workId);
                yield new Work(plan.childId(), plan.episodeId(), plan.nextReviewDueOn(), plan.startedOn());
            }
            case TRANSFER_IN -> {
                TransfersIn.Stored transfer = TransfersIn.load(jdbc, workId);
                yield new Work(transfer.childId(), transfer.episodeId(), transfer.conferenceDueOn(), transfer.notifiedOn());
            }
        };
        access.checkMayOpenChildProtection(work.childId());
        EpisodeFacts episode = familyHelp.facts(work.episodeId());
        List<UUID> people = new ArrayList<>(List.of(work.childId()));
        episode.familyIds().stream().filter(id -> !people.contains(id)).forEach(people::add);
        Map<UUID, Identity> shown = identities.show(people,
                AuditRecord.allowed("CONFERENCE_INVITATIONS_VIEWED", List.of(workId, work.childId())));
        List<Identity> family = episode.familyIds().stream().map(shown::get)
                .filter(identity -> identity != null && !identity.withheld()).toList();
        return new ToArrange(kind, workId, shown.get(work.childId()), work.episodeId(), work.dueOn(),
                work.startedOn(), family);
    }

    private record Work(UUID childId, UUID episodeId, LocalDate dueOn, LocalDate startedOn) {}
}
