package kith.familyhelp;

import java.util.List;
import java.util.UUID;
import kith.access.RecordAccess;
import kith.partnership.Discipline;
import kith.partnership.PartnershipDirectory;
import kith.partnership.PractitionerView;
import kith.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The practitioners Family Help works with: the signed-in manager who supervises (social-work-qualified), and
 * those of any agency who may lead the work or join the team around a family.
 */
@Component
class EpisodePractitioners {

    private final PartnershipDirectory partnership;
    private final RecordAccess access;

    EpisodePractitioners(PartnershipDirectory partnership, RecordAccess access) {
        this.partnership = partnership;
        this.access = access;
    }

    /** The signed-in manager, who supervises the work they open. */
    PractitionerView supervisor() {
        UUID id = access.currentPractitioner();
        PractitionerView manager = id == null ? null : partnership.practitioner(id).orElse(null);
        if (manager == null) {
            throw new InvalidInput("supervisor", "You are not a practitioner, so cannot supervise Family Help");
        }
        if (manager.discipline() != Discipline.SOCIAL_WORKER) {
            throw new InvalidInput("supervisor", "Family Help is supervised by a social-work-qualified manager");
        }
        return manager;
    }

    /**
     * The practitioner chosen, if they work with families (never a screener, analyst or administrator); null with
     * a problem on {@code field} otherwise.
     */
    PractitionerView whoWorksWithFamilies(UUID id, String field, String message, List<InvalidInput.Problem> problems) {
        PractitionerView chosen = id == null ? null
                : partnership.practitioner(id).filter(PractitionerView::worksWithFamilies).orElse(null);
        if (chosen == null) {
            problems.add(new InvalidInput.Problem(field, message));
        }
        return chosen;
    }

    /** Everyone who may lead or join the team: those of any agency who work with families. */
    List<PractitionerView> offered() {
        return partnership.practitionersWhoWorkWithFamilies();
    }
}
