package kith.networks;

import java.time.LocalDate;
import java.util.UUID;

/** The past-tense events support packages publish, for the chronology and the work trays. */
public final class SupportPackageEvents {

    private SupportPackageEvents() {}

    /** A package was requested; a manager's decision waits. */
    public record SupportPackageRequested(UUID packageId, UUID childId, LocalDate requestedOn, long totalPence,
            String purpose, String byName) {}

    /** A package was approved; its outcome reviews are due 6 and 12 months on, for {@code reviewerId}. */
    public record SupportPackageApproved(UUID packageId, UUID childId, LocalDate approvedOn, long totalPence,
            LocalDate sixMonthReviewOn, LocalDate twelveMonthReviewOn, UUID reviewerId, String byName) {}

    public record SupportPackageRefused(UUID packageId, UUID childId, LocalDate refusedOn, String reason,
            String byName) {}

    public record SupportPackagePaid(UUID paymentId, UUID packageId, UUID childId, LocalDate paidOn, long amountPence,
            String byName) {}

    /** An outcome review ({@code months} after approval) found where the child lives. */
    public record SupportPackageReviewed(UUID packageId, UUID childId, int months, LocalDate dueOn,
            LocalDate reviewedOn, String living, String byName) {}
}
