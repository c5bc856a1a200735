package kith.casework;

import java.util.List;
import kith.access.RecordAccess;
import kith.familyhelp.WaitingDecisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in user's home page and the work tray API show: the families they work with, and for a Family
 * Help manager the decisions waiting for them (which Family Help owns and lists; casework only shows them).
 */
@Service
public class YourWork {

    /** The user's work: their families, overdue work first; a manager's decisions, overdue first (else none). */
    public record Items(List<WorkTray.Family> families, List<WaitingDecisions.Decision> decisions) {}

    private final WorkTray tray;
    private final WaitingDecisions decisions;
    private final RecordAccess access;

    YourWork(WorkTray tray, WaitingDecisions decisions, RecordAccess access) {
        this.tray = tray;
        this.decisions = decisions;
        this.access = access;
    }

    @Transactional
    public Items items() {
        // Asked of managers only, so that nobody else's home page is a refusal in the audit trail.
        return new Items(tray.families(), access.mayManageFamilyHelp() ? decisions.forMe() : List.of());
    }
}
