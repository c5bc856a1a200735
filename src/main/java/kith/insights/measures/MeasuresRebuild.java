package kith.insights.measures;

import kith.access.Permission;
import kith.access.RecordAccess;
import kith.audit.AuditRecord;
import kith.audit.AuditTrail;
import kith.familyhelp.FamilyHelpHistory;
import kith.frontdoor.ReferralHistory;
import kith.insights.jobs.BackgroundWork;
import kith.networks.FamilyNetworkHistory;
import kith.protection.ChildProtectionHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the measures' read models from the modules' own records, for a council that switches insights on over
 * years of existing records, or after a definition changes: it empties them and replays each module's records as the
 * events that made them (front door, Family Help, child protection, family networks, in that order, each oldest
 * first) through {@link MeasureFacts#apply}, the path the live listeners take, so that afterwards the figures are
 * the live ones. All in one transaction: pages go on reading the old figures until the new ones are complete.
 *
 * <p>Events published while a rebuild runs are still applied by the listeners (upserts of the same rows), so nothing
 * is lost; the rebuild is meant for a quiet time all the same.
 */
@Service
public class MeasuresRebuild {

    private final MeasureFacts facts;
    private final Dimensions dimensions;
    private final ReferralHistory referrals;
    private final FamilyHelpHistory familyHelp;
    private final ChildProtectionHistory protection;
    private final FamilyNetworkHistory networks;
    private final TransactionTemplate transactions;
    private final RecordAccess access;
    private final AuditTrail audit;

    MeasuresRebuild(MeasureFacts facts, Dimensions dimensions, ReferralHistory referrals, FamilyHelpHistory familyHelp,
            ChildProtectionHistory protection, FamilyNetworkHistory networks, TransactionTemplate transactions,
            RecordAccess access, AuditTrail audit) {
        this.facts = facts;
        this.dimensions = dimensions;
        this.referrals = referrals;
        this.familyHelp = familyHelp;
        this.protection = protection;
        this.networks = networks;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
    }

    /** Whether the signed-in user may start a rebuild (performance analysts), for showing the button. */
    public boolean mayRebuild() {
        return access.holds(Permission.SEE_MEASURES);
    }

    /**
     * The rebuild as background work, for the job runner: checked (and audited) now, as the user who asks; run later,
     * with no user. One step per record replayed (referrals, episodes and assessments, conferences, plans and visits,
     * decisions, letters, packages and arrangements); it writes no file.
     */
    public BackgroundWork work() {
        access.check(Permission.SEE_MEASURES);
        audit.record(AuditRecord.allowed("MEASURES_REBUILD_STARTED", java.util.List.of()));
        return (progress, result) -> run(progress);
    }

    /** Runs the rebuild now, reporting progress after each module's records. */
    void run(BackgroundWork.Progress progress) {
        transactions.executeWithoutResult(status -> {
            long fromReferrals = referrals.count();
            long fromFamilyHelp = familyHelp.count();
            long fromProtection = protection.count();
            long fromNetworks = networks.count();
            progress.total(fromReferrals + fromFamilyHelp + fromProtection + fromNetworks);
            facts.clear();
            dimensions.remembering(() -> {
                referrals.replay(facts::apply);
                progress.advance(fromReferrals);
                familyHelp.replay(facts::apply);
                progress.advance(fromFamilyHelp);
                protection.replay(facts::apply);
                progress.advance(fromProtection);
                networks.replay(facts::apply);
                progress.advance(fromNetworks);
            });
        });
    }
}
