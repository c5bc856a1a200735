package kith.protection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kith.frontdoor.LawfulBasis;
import kith.protection.AgencyType;
import kith.protection.StrategyDiscussion;
import kith.protection.StrategyDiscussion.AgreedAction;
import kith.protection.StrategyDiscussion.Kind;
import kith.protection.StrategyDiscussion.Participant;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The strategy discussion form as posted. Who took part and the actions agreed are fixed numbers of rows (enough
 * for a discussion; blank rows are ignored), so that the page works without JavaScript, as the family plan's does.
 * Someone recorded in Kith is chosen from the partnership; anyone else is typed with their agency.
 */
public class DiscussionForm {

    static final int PARTICIPANTS = 6;
    static final int ACTIONS = 4;

    static final FormFields FIELDS = FormFields.of("childIds", "heldOn", "kind", "followsUpId", "lateReason",
                    "participants[].practitionerId", "participants[].name", "participants[].agencyName",
                    "participants[].agencyType", "participants[].role", "missingAgenciesReason", "informationShared",
                    "lawfulBasis", "section47", "immediateProtection", "immediateProtectionAction", "reasons",
                    "actions[].action", "actions[].owner", "actions[].dueOn")
            .dates("heldOn", "actions[].dueOn")
            .alias("participants", "participants[0].practitionerId")
            .alias("actions", "actions[0].action");

    private List<String> childIds = new ArrayList<>();
    private String heldOnDay;
    private String heldOnMonth;
    private String heldOnYear;
    private String kind;
    private String followsUpId;
    private String lateReason;
    private List<ParticipantForm> participants = FormValues.padded(null, PARTICIPANTS, ParticipantForm::new);
    private String missingAgenciesReason;
    private String informationShared;
    private String lawfulBasis;
    private String section47;
    private String immediateProtection;
    private String immediateProtectionAction;
    private String reasons;
    private List<ActionForm> actions = FormValues.padded(null, ACTIONS, ActionForm::new);

    /** Someone who took part, as typed. */
    public static class ParticipantForm {
        private String practitionerId;
        private String name;
        private String agencyName;
        private String agencyType;
        private String role;

        public String getPractitionerId() { return practitionerId; }
        public void setPractitionerId(String value) { this.practitionerId = value; }
        public String getName() { return name; }
        public void setName(String value) { this.name = value; }
        public String getAgencyName() { return agencyName; }
        public void setAgencyName(String value) { this.agencyName = value; }
        public String getAgencyType() { return agencyType; }
        public void setAgencyType(String value) { this.agencyType = value; }
        public String getRole() { return role; }
        public void setRole(String value) { this.role = value; }
    }

    /** An action agreed, as typed. */
    public static class ActionForm {
        private String action;
        private String owner;
        private String dueOnDay;
        private String dueOnMonth;
        private String dueOnYear;

        public String getAction() { return action; }
        public void setAction(String value) { this.action = value; }
        public String getOwner() { return owner; }
        public void setOwner(String value) { this.owner = value; }
        public String getDueOnDay() { return dueOnDay; }
        public void setDueOnDay(String value) { this.dueOnDay = value; }
        public String getDueOnMonth() { return dueOnMonth; }
        public void setDueOnMonth(String value) { this.dueOnMonth = value; }
        public String getDueOnYear() { return dueOnYear; }
        public void setDueOnYear(String value) { this.dueOnYear = value; }
    }

    /** The discussion as the service takes it; what cannot be read is a problem at its field, and null. */
    StrategyDiscussion.Record read(FormInput input, UUID episodeId) {
        List<UUID> children = childIds == null ? List.of() : childIds.stream()
                .map(id -> input.id("childIds", id, "Select the children from the list")).filter(Objects::nonNull).toList();
        List<Participant> took = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            ParticipantForm p = participants.get(i);
            String at = "participants[" + i + "].";
            took.add(new Participant(
                    input.id(at + "practitionerId", p.practitionerId, "Select person " + (i + 1) + " from the list"),
                    p.name, p.agencyName,
                    input.choice(AgencyType.class, at + "agencyType", p.agencyType,
                            "Select what person " + (i + 1) + " spoke for from the list"),
                    p.role));
        }
        List<AgreedAction> agreed = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionForm a = actions.get(i);
            agreed.add(new AgreedAction(a.action, a.owner, input.date("actions[" + i + "].dueOn",
                    "The date action " + (i + 1) + " is due by", a.dueOnDay, a.dueOnMonth, a.dueOnYear)));
        }
        return new StrategyDiscussion.Record(episodeId, children,
                input.date("heldOn", "The date of the discussion", heldOnDay, heldOnMonth, heldOnYear),
                input.choice(Kind.class, "kind", kind, "Select whether it was a meeting or an urgent discussion by phone"),
                input.id("followsUpId", followsUpId, "Select the urgent discussion by phone from the list"),
                took, missingAgenciesReason, informationShared,
                input.choice(LawfulBasis.class, "lawfulBasis", lawfulBasis,
                        "Select the lawful basis for sharing the information from the list"),
                FormValues.yesNo(input, "section47", section47, "Select whether a section 47 enquiry starts"),
                FormValues.yesNo(input, "immediateProtection", immediateProtection,
                        "Select whether the child needs immediate protection"),
                immediateProtectionAction, reasons, agreed, lateReason);
    }

    public List<String> getChildIds() { return childIds; }
    public void setChildIds(List<String> value) { this.childIds = value == null ? new ArrayList<>() : value; }
    public String getHeldOnDay() { return heldOnDay; }
    public void setHeldOnDay(String value) { this.heldOnDay = value; }
    public String getHeldOnMonth() { return heldOnMonth; }
    public void setHeldOnMonth(String value) { this.heldOnMonth = value; }
    public String getHeldOnYear() { return heldOnYear; }
    public void setHeldOnYear(String value) { this.heldOnYear = value; }
    public String getKind() { return kind; }
    public void setKind(String value) { this.kind = value; }
    public String getFollowsUpId() { return followsUpId; }
    public void setFollowsUpId(String value) { this.followsUpId = value; }
    public String getLateReason() { return lateReason; }
    public void setLateReason(String value) { this.lateReason = value; }
    public List<ParticipantForm> getParticipants() { return participants; }
    public void setParticipants(List<ParticipantForm> value) {
        this.participants = FormValues.padded(value, PARTICIPANTS, ParticipantForm::new);
    }
    public String getMissingAgenciesReason() { return missingAgenciesReason; }
    public void setMissingAgenciesReason(String value) { this.missingAgenciesReason = value; }
    public String getInformationShared() { return informationShared; }
    public void setInformationShared(String value) { this.informationShared = value; }
    public String getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(String value) { this.lawfulBasis = value; }
    public String getSection47() { return section47; }
    public void setSection47(String value) { this.section47 = value; }
    public String getImmediateProtection() { return immediateProtection; }
    public void setImmediateProtection(String value) { this.immediateProtection = value; }
    public String getImmediateProtectionAction() { return immediateProtectionAction; }
    public void setImmediateProtectionAction(String value) { this.immediateProtectionAction = value; }
    public String getReasons() { return reasons; }
    public void setReasons(String value) { this.reasons = value; }
    public List<ActionForm> getActions() { return actions; }
    public void setActions(List<ActionForm> value) { this.actions = FormValues.padded(value, ACTIONS, ActionForm::new); }
}
