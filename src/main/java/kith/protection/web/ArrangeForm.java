package kith.protection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kith.protection.Conference.Arrangement;
import kith.protection.Conference.Invitee;
import kith.protection.Conference.InviteeKind;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * Arranging a conference, as posted: the date, who is invited (the family on the episode and the child ticked; the
 * agencies' practitioners chosen from the partnership; anyone else typed, a fixed number of rows of each) and the
 * independent advocate offered to the parents.
 */
public class ArrangeForm {

    static final int PRACTITIONERS = 6;
    static final int OTHERS = 3;

    static final FormFields FIELDS = FormFields.of("scheduledOn", "people", "practitioners[]", "others[].name",
                    "others[].agencyName", "others[].kind", "advocateOffered", "advocateAccepted", "advocateName")
            .dates("scheduledOn")
            .alias("invitees", "people");

    private String scheduledOnDay;
    private String scheduledOnMonth;
    private String scheduledOnYear;
    private List<String> people = new ArrayList<>();
    private List<String> practitioners = FormValues.padded(null, PRACTITIONERS, () -> "");
    private List<OtherForm> others = FormValues.padded(null, OTHERS, OtherForm::new);
    private String advocateOffered;
    private String advocateAccepted;
    private String advocateName;

    /** Someone invited who is not recorded in Kith, as typed. */
    public static class OtherForm {
        private String name;
        private String agencyName;
        private String kind;

        public String getName() { return name; }
        public void setName(String value) { this.name = value; }
        public String getAgencyName() { return agencyName; }
        public void setAgencyName(String value) { this.agencyName = value; }
        public String getKind() { return kind; }
        public void setKind(String value) { this.kind = value; }
    }

    /**
     * The arrangement as the service takes it. Only the child and the family offered on the page may be ticked:
     * anyone else's id is a problem at the field, not an invitation.
     */
    Arrangement read(FormInput input, UUID childId, Set<UUID> family) {
        List<Invitee> invitees = new ArrayList<>();
        for (String ticked : people == null ? List.<String>of() : people) {
            UUID person = input.id("people", ticked, "Select the family invited from the list");
            if (person == null) {
                continue;
            }
            if (person.equals(childId)) {
                invitees.add(new Invitee(InviteeKind.CHILD, person, null, null, null));
            } else if (family.contains(person)) {
                invitees.add(new Invitee(InviteeKind.PARENT, person, null, null, null));
            } else {
                input.problem("people", "Select the family invited from the list");
            }
        }
        for (int i = 0; i < practitioners.size(); i++) {
            UUID practitioner = input.id("practitioners[" + i + "]", practitioners.get(i),
                    "Select practitioner " + (i + 1) + " from the list");
            if (practitioner != null) {
                invitees.add(new Invitee(InviteeKind.AGENCY, null, practitioner, null, null));
            }
        }
        for (int i = 0; i < others.size(); i++) {
            OtherForm other = others.get(i);
            InviteeKind kind = input.choice(InviteeKind.class, "others[" + i + "].kind", other.kind,
                    "Select who person " + (i + 1) + " is from the list");
            if (FormValues.blank(other.name) && (!FormValues.blank(other.agencyName) || kind != null)) {
                input.problem("others[" + i + "].name", "Enter the name of person " + (i + 1) + " invited");
            } else if (!FormValues.blank(other.name)) {
                invitees.add(new Invitee(kind, null, null, other.name, other.agencyName));
            }
        }
        return new Arrangement(input.date("scheduledOn", "The date of the conference", scheduledOnDay, scheduledOnMonth,
                scheduledOnYear), invitees,
                FormValues.yesNo(input, "advocateOffered", advocateOffered,
                        "Select whether the parents were offered an independent advocate"),
                FormValues.yesNo(input, "advocateAccepted", advocateAccepted, "Select whether they accepted"),
                advocateName);
    }

    public String getScheduledOnDay() { return scheduledOnDay; }
    public void setScheduledOnDay(String value) { this.scheduledOnDay = value; }
    public String getScheduledOnMonth() { return scheduledOnMonth; }
    public void setScheduledOnMonth(String value) { this.scheduledOnMonth = value; }
    public String getScheduledOnYear() { return scheduledOnYear; }
    public void setScheduledOnYear(String value) { this.scheduledOnYear = value; }
    public List<String> getPeople() { return people; }
    public void setPeople(List<String> value) { this.people = value == null ? new ArrayList<>() : value; }
    public List<String> getPractitioners() { return practitioners; }
    public void setPractitioners(List<String> value) { this.practitioners = FormValues.padded(value, PRACTITIONERS, () -> ""); }
    public List<OtherForm> getOthers() { return others; }
    public void setOthers(List<OtherForm> value) { this.others = FormValues.padded(value, OTHERS, OtherForm::new); }
    public String getAdvocateOffered() { return advocateOffered; }
    public void setAdvocateOffered(String value) { this.advocateOffered = value; }
    public String getAdvocateAccepted() { return advocateAccepted; }
    public void setAdvocateAccepted(String value) { this.advocateAccepted = value; }
    public String getAdvocateName() { return advocateName; }
    public void setAdvocateName(String value) { this.advocateName = value; }
}
