package kith.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A family network support package: what it pays for, why, and what was decided, paid and found at review. */
public final class SupportPackage {

    private SupportPackage() {}

    /** What an item is. */
    public enum Category {
        BEDS_AND_FURNITURE("Beds and furniture"), CAR_SEAT("Car seat"), TRAVEL("Travel"),
        HOUSING_DEPOSIT("Housing deposit"), PAID_LEAVE_FOR_CARER("Paid leave for a carer"),
        CLOTHING_AND_UNIFORM("Clothing and uniform"), HOUSEHOLD_GOODS("Household goods"), ACTIVITIES("Activities"),
        OTHER("Other");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the package is for. */
    public enum Purpose {
        STAY_AT_HOME("For the child to stay at home with their parents"),
        MOVE_TO_KINSHIP_CARE("For the child to move to kinship care"),
        RETURN_HOME("For the child to return home");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why it is asked for: a family group meeting identified it, or no network could be found. */
    public enum Basis { FAMILY_GROUP_MEETING, NO_NETWORK }

    public enum Status {
        REQUESTED("Waiting for a decision"), APPROVED("Approved"), REFUSED("Refused");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the child lives at an outcome review. */
    public enum Living {
        AT_HOME("At home with their parents"), WITH_NETWORK("With their family network"),
        ELSEWHERE_LOOKED_AFTER("Elsewhere (looked after)");

        private final String label;

        Living(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One item as asked for: who it helps is a person on Kith ({@code personId}) or a name, or both. */
    public record NewItem(Category category, String description, Long amountPence, UUID personId, String personName) {}

    /**
     * A request. {@code meetingId} is the family group decision-making meeting when known; until family group
     * decision making links its meetings here, the date of the meeting is what the request rests on.
     */
    public record NewRequest(Purpose purpose, Basis basis, LocalDate meetingHeldOn, UUID meetingId,
            String noNetworkReason, List<NewItem> items) {}

    public record NewPayment(LocalDate paidOn, Long amountPence, String paidTo, String reference) {}

    public record Item(Category category, String description, long amountPence, String helps) {
        public String amount() {
            return Money.pounds(amountPence);
        }
    }

    public record Payment(UUID id, LocalDate paidOn, long amountPence, String paidTo, String reference, String byName) {
        public String amount() {
            return Money.pounds(amountPence);
        }
    }

    public record Review(int months, LocalDate dueOn, LocalDate reviewedOn, Living living, String notes,
            String byName) {}

    /** A package as its page shows it. */
    public record View(UUID id, long version, UUID childId, String childName, FinancialYear year, Purpose purpose,
            Basis basis, LocalDate meetingHeldOn, UUID meetingId, String noNetworkReason, long totalPence,
            Status status, LocalDate requestedOn, String requestedByName, LocalDate decidedOn, String decidedByName,
            String refusalReason, List<Item> items, List<Payment> payments, List<Review> reviews) {

        public String total() {
            return Money.pounds(totalPence);
        }

        public long paidPence() {
            return payments.stream().mapToLong(Payment::amountPence).sum();
        }

        public String paid() {
            return Money.pounds(paidPence());
        }

        public String leftToPay() {
            return Money.pounds(totalPence - paidPence());
        }
    }

    /** A line of a list of packages (the child's, or the year's). */
    public record Line(UUID id, UUID childId, String childName, LocalDate requestedOn, Purpose purpose,
            long totalPence, long paidPence, Status status) {
        public String total() {
            return Money.pounds(totalPence);
        }

        public String paid() {
            return Money.pounds(paidPence);
        }
    }
}
