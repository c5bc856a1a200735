package kith.protection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.protection.ChildProtectionPlan;
import kith.protection.ChildProtectionPlan.NewPlan;
import kith.protection.ChildProtectionPlan.Step;
import kith.shared.web.Difference;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The child protection plan as the form posts it: when it starts and who leads it (only when it is written), what
 * we are worried about, the steps (what needs to happen, who does it, by when) as repeated rows, and how often the
 * child is visited and the core group meets. Every field is text, so nothing fails in binding; it is read with a
 * {@link FormInput}. The page always shows a few empty rows more than the plan has, so a step can be added
 * without JavaScript.
 */
public class PlanForm {

    /** Writing the plan the conference decided on. */
    static final FormFields NEW = FormFields.of("startedOn", "leadPractitionerId", "worries", "steps[].what",
                    "steps[].who", "steps[].byWhen", "visitEvery", "coreGroupEvery")
            .dates("startedOn")
            .alias("steps", "steps[0].what");

    /** Changing an open plan's content. */
    static final FormFields CHANGE = FormFields.of("worries", "steps[].what", "steps[].who", "steps[].byWhen",
                    "visitEvery", "coreGroupEvery")
            .alias("steps", "steps[0].what");

    /** Rows shown for a new plan, and empty rows shown after a plan's own steps. */
    static final int ROWS = 5;
    static final int MORE_ROWS = 2;
    /** The service's own limit (ChildProtectionPlans.MOST_STEPS); more rows than this are never shown. */
    static final int MOST_ROWS = 50;

    private Long version;
    private String conference;
    private String startedOnDay;
    private String startedOnMonth;
    private String startedOnYear;
    private String leadPractitionerId;
    private String worries;
    private List<StepForm> steps = new ArrayList<>();
    private String visitEvery = String.valueOf(ChildProtectionPlan.VISIT_EVERY);
    private String coreGroupEvery = String.valueOf(ChildProtectionPlan.CORE_GROUP_EVERY);

    public PlanForm() {
        setSteps(List.of());
    }

    /** One step as typed. */
    public static class StepForm {
        private String what;
        private String who;
        private String byWhen;

        public StepForm() {}

        StepForm(Step step) {
            this.what = step.what();
            this.who = step.who();
            this.byWhen = step.byWhen();
        }

        public String getWhat() { return what; }
        public void setWhat(String what) { this.what = what; }
        public String getWho() { return who; }
        public void setWho(String who) { this.who = who; }
        public String getByWhen() { return byWhen; }
        public void setByWhen(String byWhen) { this.byWhen = byWhen; }

        Step step() {
            return new Step(what, who, byWhen);
        }

        String inWords() {
            return blank(what) && blank(who) && blank(byWhen) ? "" : what + ": " + who + ", " + byWhen;
        }
    }

    /** A new plan: it starts on the conference's date (DfE rule 2885), led by the enquiry's lead unless changed. */
    static PlanForm forConference(UUID conferenceId, LocalDate heldOn, UUID leadPractitionerId) {
        PlanForm form = new PlanForm();
        form.conference = conferenceId.toString();
        if (heldOn != null) {
            form.startedOnDay = String.valueOf(heldOn.getDayOfMonth());
            form.startedOnMonth = String.valueOf(heldOn.getMonthValue());
            form.startedOnYear = String.valueOf(heldOn.getYear());
        }
        form.leadPractitionerId = leadPractitionerId == null ? null : leadPractitionerId.toString();
        return form;
    }

    /** The plan as saved, to change. */
    static PlanForm of(ChildProtectionPlan.View plan) {
        PlanForm form = new PlanForm();
        form.version = plan.version();
        form.worries = plan.worries();
        form.setSteps(plan.steps().stream().map(StepForm::new).toList());
        form.visitEvery = String.valueOf(plan.visitEvery());
        form.coreGroupEvery = String.valueOf(plan.coreGroupEvery());
        return form;
    }

    /** The plan to start, read with {@code input}: a start date that is not a real date is a problem there. */
    NewPlan newPlan(FormInput input) {
        LocalDate startedOn = input.date("startedOn", "The date the plan starts", startedOnDay, startedOnMonth,
                startedOnYear);
        UUID lead = input.id("leadPractitionerId", leadPractitionerId,
                "Select the lead child protection practitioner from the list");
        return new NewPlan(startedOn, lead, worries, typedSteps(), visits(input), coreGroups(input));
    }

    List<Step> typedSteps() {
        return steps.stream().map(StepForm::step).toList();
    }

    Integer visits(FormInput input) {
        return input.number("visitEvery", visitEvery, "Enter how often the child is visited as a number of working days, "
                + "from 1 to 20");
    }

    Integer coreGroups(FormInput input) {
        return input.number("coreGroupEvery", coreGroupEvery, "Enter how often the core group meets as a number of "
                + "working days, from 5 to 20");
    }

    /** What differs between the plan saved now (another user's change) and what this user typed. */
    List<Difference> differencesFrom(PlanForm saved) {
        List<Difference> compared = new ArrayList<>();
        compared.add(new Difference("What we are worried about", saved.worries, worries));
        int rows = Math.max(saved.steps.size(), steps.size());
        for (int i = 0; i < rows; i++) {
            compared.add(new Difference("Step " + (i + 1), i < saved.steps.size() ? saved.steps.get(i).inWords() : "",
                    i < steps.size() ? steps.get(i).inWords() : ""));
        }
        compared.add(new Difference("Visits every (working days)", saved.visitEvery, visitEvery));
        compared.add(new Difference("Core group every (working days)", saved.coreGroupEvery, coreGroupEvery));
        return Difference.only(compared);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getConference() { return conference; }
    public void setConference(String conference) { this.conference = conference; }
    public String getStartedOnDay() { return startedOnDay; }
    public void setStartedOnDay(String value) { this.startedOnDay = value; }
    public String getStartedOnMonth() { return startedOnMonth; }
    public void setStartedOnMonth(String value) { this.startedOnMonth = value; }
    public String getStartedOnYear() { return startedOnYear; }
    public void setStartedOnYear(String value) { this.startedOnYear = value; }
    public String getLeadPractitionerId() { return leadPractitionerId; }
    public void setLeadPractitionerId(String value) { this.leadPractitionerId = value; }
    public String getWorries() { return worries; }
    public void setWorries(String worries) { this.worries = worries; }
    public String getVisitEvery() { return visitEvery; }
    public void setVisitEvery(String value) { this.visitEvery = value; }
    public String getCoreGroupEvery() { return coreGroupEvery; }
    public void setCoreGroupEvery(String value) { this.coreGroupEvery = value; }
    public List<StepForm> getSteps() { return steps; }

    /** The steps, then empty rows: at least {@link #ROWS}, and {@link #MORE_ROWS} after the last, at most 50. */
    public void setSteps(List<StepForm> given) {
        List<StepForm> rows = new ArrayList<>(given.stream().map(s -> s == null ? new StepForm() : s).toList());
        int last = rows.size();
        while (last > 0 && rows.get(last - 1).inWords().isEmpty()) {
            last--;
        }
        int wanted = Math.min(MOST_ROWS, Math.max(ROWS, last + MORE_ROWS));
        while (rows.size() < wanted) {
            rows.add(new StepForm());
        }
        this.steps = rows;
    }
}
