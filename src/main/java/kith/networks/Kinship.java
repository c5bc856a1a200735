package kith.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Kinship care: the network options considered, kinship arrangements, and the kinship allowance checklist. */
public final class Kinship {

    private Kinship() {}

    public enum ArrangementType {
        INFORMAL("Informal family arrangement"), KINSHIP_FOSTER_CARE("Kinship foster care"),
        SPECIAL_GUARDIANSHIP_ORDER("Special guardianship order"),
        CHILD_ARRANGEMENTS_ORDER("Child arrangements order (lives with)");

        private final String label;

        ArrangementType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A person in the network considered to care for the child: on Kith ({@code personId}) or by name. */
    public record NewOption(UUID personId, String personName, LocalDate consideredOn, Boolean takenUp, String reason) {}

    public record Option(UUID id, String who, LocalDate consideredOn, boolean takenUp, String reason, String byName) {}

    /** The evidence that the child would otherwise be in care, as the kinship allowance pilot lists it. */
    public record Evidence(boolean lookedAfterBefore, boolean childProtectionPlan, boolean courtSafeguarding,
            boolean fgdmDecidedCarer, boolean bothParentsDead) {

        boolean any() {
            return lookedAfterBefore || childProtectionPlan || courtSafeguarding || fgdmDecidedCarer || bothParentsDead;
        }
    }

    public record NewArrangement(ArrangementType type, UUID carerId, LocalDate startedOn, LocalDate endedOn,
            List<Integer> offerIds, Evidence evidence) {}

    public record LocalOffer(int id, String name, String description) {}

    /** One line of the allowance checklist: what the pilot needs, and whether it is met. */
    public record Check(String what, boolean met) {}

    /** The kinship allowance check: eligible when the order qualifies and there is evidence of the child otherwise in care. */
    public record AllowanceCheck(boolean eligible, List<Check> checks) {

        public List<Check> missing() {
            return checks.stream().filter(c -> !c.met()).toList();
        }
    }

    public record Arrangement(UUID id, long version, UUID childId, ArrangementType type, UUID carerId,
            String carerName, LocalDate startedOn, LocalDate endedOn, List<LocalOffer> offers, Evidence evidence,
            AllowanceCheck allowance) {}

    /**
     * The 2026 kinship allowance pilot: a special guardianship order or a 'lives with' child arrangements order
     * (informal carers and foster carers are not eligible: foster carers are paid as foster carers), and evidence
     * that the child would otherwise be in care, any one of five.
     */
    public static AllowanceCheck allowance(ArrangementType type, Evidence evidence) {
        boolean order = type == ArrangementType.SPECIAL_GUARDIANSHIP_ORDER
                || type == ArrangementType.CHILD_ARRANGEMENTS_ORDER;
        List<Check> checks = List.of(
                new Check("A special guardianship order or a ‘lives with’ child arrangements order", order),
                new Check("The child was looked after immediately before", evidence.lookedAfterBefore()),
                new Check("The child is or was on a child protection plan", evidence.childProtectionPlan()),
                new Check("The court noted safeguarding concerns", evidence.courtSafeguarding()),
                new Check("A family group decision-making meeting decided the child should live full-time with this carer",
                        evidence.fgdmDecidedCarer()),
                new Check("Both parents have died", evidence.bothParentsDead()));
        return new AllowanceCheck(order && evidence.any(), checks);
    }
}
