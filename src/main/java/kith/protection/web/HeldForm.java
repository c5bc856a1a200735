package kith.protection.web;

import java.util.ArrayList;
import java.util.List;
import kith.protection.Category;
import kith.protection.Conference;
import kith.protection.Conference.Attendance;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * What the chair records when the conference is held, as posted: for each person invited (by their place in the
 * list) whether they came and whether their report was received, then the decision, the category of abuse, the
 * reasons, the family's advocate and, when it was late, why.
 */
public class HeldForm {

    static final String CAME = "came";
    static final String REPORT = "report";

    static final FormFields FIELDS = FormFields.of("heldOn", "attendance[].what", "decision", "category", "reasons",
                    "familyHadAdvocate", "lateReason")
            .dates("heldOn")
            .alias("attendance", "attendance[0].what")
            .in("held");

    private Long version;
    private String heldOnDay;
    private String heldOnMonth;
    private String heldOnYear;
    private List<AttendanceForm> attendance = new ArrayList<>();
    private String decision;
    private String category;
    private String reasons;
    private String familyHadAdvocate;
    private String lateReason;

    /** One invitee's boxes ticked: {@code came}, {@code report}. */
    public static class AttendanceForm {
        private List<String> what = new ArrayList<>();

        public List<String> getWhat() { return what; }
        public void setWhat(List<String> value) { this.what = value == null ? new ArrayList<>() : value; }
    }

    public HeldForm() {}

    HeldForm(long version) {
        this.version = version;
    }

    /** The boxes ticked for the invitee at {@code position} (none when nothing was sent for them). */
    public List<String> ticked(int position) {
        return position < attendance.size() && attendance.get(position) != null ? attendance.get(position).what : List.of();
    }

    Conference.Held read(FormInput input, int invitees) {
        List<Attendance> came = new ArrayList<>();
        for (int i = 0; i < invitees; i++) {
            // An unticked box sends nothing: not ticked is "did not come", "no report".
            came.add(new Attendance(i, ticked(i).contains(CAME), ticked(i).contains(REPORT)));
        }
        return new Conference.Held(input.date("heldOn", "The date the conference was held", heldOnDay, heldOnMonth,
                heldOnYear), came,
                input.choice(Conference.Decision.class, "decision", decision, "Select what the conference decided"),
                input.choice(Category.class, "category", category, "Select the category of abuse from the list"),
                reasons,
                FormValues.yesNo(input, "familyHadAdvocate", familyHadAdvocate,
                        "Select whether the family had an independent advocate"),
                lateReason);
    }

    HeldForm withVersion(long now) {
        this.version = now;
        return this;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long value) { this.version = value; }
    public String getHeldOnDay() { return heldOnDay; }
    public void setHeldOnDay(String value) { this.heldOnDay = value; }
    public String getHeldOnMonth() { return heldOnMonth; }
    public void setHeldOnMonth(String value) { this.heldOnMonth = value; }
    public String getHeldOnYear() { return heldOnYear; }
    public void setHeldOnYear(String value) { this.heldOnYear = value; }
    public List<AttendanceForm> getAttendance() { return attendance; }
    public void setAttendance(List<AttendanceForm> value) { this.attendance = value == null ? new ArrayList<>() : value; }
    public String getDecision() { return decision; }
    public void setDecision(String value) { this.decision = value; }
    public String getCategory() { return category; }
    public void setCategory(String value) { this.category = value; }
    public String getReasons() { return reasons; }
    public void setReasons(String value) { this.reasons = value; }
    public String getFamilyHadAdvocate() { return familyHadAdvocate; }
    public void setFamilyHadAdvocate(String value) { this.familyHadAdvocate = value; }
    public String getLateReason() { return lateReason; }
    public void setLateReason(String value) { this.lateReason = value; }
}
