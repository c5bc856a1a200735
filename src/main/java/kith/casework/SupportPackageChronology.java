package kith.casework;

import static kith.casework.ChronologyKind.SUPPORT_PACKAGE;
import static kith.casework.Entries.DATE;
import static kith.casework.Entries.key;

import kith.networks.Money;
import kith.networks.SupportPackage;
import kith.networks.SupportPackageEvents.SupportPackageApproved;
import kith.networks.SupportPackageEvents.SupportPackagePaid;
import kith.networks.SupportPackageEvents.SupportPackageRefused;
import kith.networks.SupportPackageEvents.SupportPackageRequested;
import kith.networks.SupportPackageEvents.SupportPackageReviewed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What each support package event says in the child's chronology: the request, the manager's decision, each
 * payment and each outcome review, linking to the package. Not statutory: a council's own support for the network.
 * Like {@link ChronologyRecorder}, each listener runs after the publishing transaction and is safe to repeat.
 */
@Component
class SupportPackageChronology {

    private final ChronologyEntries entries;

    SupportPackageChronology(ChronologyEntries entries) {
        this.entries = entries;
    }

    static String link(java.util.UUID packageId) {
        return "/support-packages/" + packageId;
    }

    @ApplicationModuleListener
    void on(SupportPackageRequested e) {
        String purpose = SupportPackage.Purpose.valueOf(e.purpose()).label();
        entries.add(new NewEntry(e.childId(), e.requestedOn(), SUPPORT_PACKAGE,
                "Support package of " + Money.pounds(e.totalPence()) + " requested", purpose + ".", e.byName(),
                link(e.packageId()), false, key("SupportPackageRequested", e.packageId(), e.childId())));
    }

    @ApplicationModuleListener
    void on(SupportPackageApproved e) {
        entries.add(new NewEntry(e.childId(), e.approvedOn(), SUPPORT_PACKAGE,
                "Support package of " + Money.pounds(e.totalPence()) + " approved",
                "Outcome reviews due by " + DATE.format(e.sixMonthReviewOn()) + " and "
                        + DATE.format(e.twelveMonthReviewOn()) + ".", e.byName(),
                link(e.packageId()), false, key("SupportPackageApproved", e.packageId(), e.childId())));
    }

    @ApplicationModuleListener
    void on(SupportPackageRefused e) {
        entries.add(new NewEntry(e.childId(), e.refusedOn(), SUPPORT_PACKAGE, "Support package refused", e.reason(),
                e.byName(), link(e.packageId()), false, key("SupportPackageRefused", e.packageId(), e.childId())));
    }

    @ApplicationModuleListener
    void on(SupportPackagePaid e) {
        entries.add(new NewEntry(e.childId(), e.paidOn(), SUPPORT_PACKAGE,
                "Support package payment of " + Money.pounds(e.amountPence()), null, e.byName(), link(e.packageId()),
                false, key("SupportPackagePaid", e.paymentId(), e.childId())));
    }

    @ApplicationModuleListener
    void on(SupportPackageReviewed e) {
        entries.add(new NewEntry(e.childId(), e.reviewedOn(), SUPPORT_PACKAGE,
                "Support package reviewed at " + e.months() + " months",
                "The child is living: " + SupportPackage.Living.valueOf(e.living()).label().toLowerCase(java.util.Locale.UK)
                        + ".", e.byName(), link(e.packageId()), false,
                key("SupportPackageReviewed", e.packageId(), e.months() + "", e.childId())));
    }
}
