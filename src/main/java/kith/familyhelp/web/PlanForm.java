package kith.familyhelp.web;

import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;

import java.util.ArrayList;
import java.util.List;
import kith.familyhelp.PlanContent;
import kith.familyhelp.PlanView;
import kith.shared.InvalidInput;
import kith.shared.web.Choice;
import kith.shared.web.DateInput;

/** The family plan form: three goals and five actions fit on the page; dates typed as day, month, year. */
public class PlanForm {

    static final int GOALS = 3;
    static final int ACTIONS = 5;

    private Long version;
    private String worries;
    private String goingWell;
    private boolean childInNeedPlan;
    private Integer reviewIntervalMonths = 3;
    private List<String> goals = blanks(GOALS);
    private List<ActionForm> actions = new ArrayList<>();

    public PlanForm() {
        for (int i = 0; i < ACTIONS; i++) {
            actions.add(new ActionForm());
        }
    }

    /** One action as typed. */
    public static class ActionForm {
        private Integer goal = 0;
        private String action;
        private String owner;
        private String ownerKind;
        private String dueDay;
        private String dueMonth;
        private String dueYear;
        private String progress = "NOT_STARTED";

        public Integer getGoal() { return goal; }
        public void setGoal(Integer goal) { this.goal = goal; }
        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public String getOwnerKind() { return ownerKind; }
        public void setOwnerKind(String ownerKind) { this.ownerKind = ownerKind; }
        public String getDueDay() { return dueDay; }
        public void setDueDay(String dueDay) { this.dueDay = dueDay; }
        public String getDueMonth() { return dueMonth; }
        public void setDueMonth(String dueMonth) { this.dueMonth = dueMonth; }
        public String getDueYear() { return dueYear; }
        public void setDueYear(String dueYear) { this.dueYear = dueYear; }
        public String getProgress() { return progress; }
        public void setProgress(String progress) { this.progress = progress; }
    }

    static PlanForm of(PlanView plan) {
        PlanForm form = new PlanForm();
        form.version = plan.version();
        form.worries = plan.worries();
        form.goingWell = plan.goingWell();
        form.childInNeedPlan = plan.childInNeedPlan();
        form.reviewIntervalMonths = plan.reviewIntervalMonths();
        for (int i = 0; i < plan.goals().size() && i < GOALS; i++) {
            form.goals.set(i, plan.goals().get(i));
        }
        for (int i = 0; i < plan.actions().size() && i < ACTIONS; i++) {
            PlanView.Action a = plan.actions().get(i);
            ActionForm f = form.actions.get(i);
            f.goal = a.goal();
            f.action = a.action();
            f.owner = a.owner();
            f.ownerKind = a.ownerKind().name();
            f.dueDay = String.valueOf(a.dueOn().getDayOfMonth());
            f.dueMonth = String.valueOf(a.dueOn().getMonthValue());
            f.dueYear = String.valueOf(a.dueOn().getYear());
            f.progress = a.progress().name();
        }
        return form;
    }

    PlanContent content() {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<PlanContent.Action> typed = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionForm a = actions.get(i);
            var due = DateInput.read("actions[" + i + "].dueOn", "The date", a.dueDay, a.dueMonth, a.dueYear, problems);
            typed.add(new PlanContent.Action(a.goal == null ? 0 : a.goal, a.action, a.owner,
                    Choice.of(ActionOwner.class, "actions[" + i + "].ownerKind", a.ownerKind), due,
                    Choice.of(ActionProgress.class, "actions[" + i + "].progress", a.progress)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PlanContent(worries, goingWell, goals, typed, reviewIntervalMonths);
    }

    private static List<String> blanks(int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add("");
        }
        return list;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getWorries() { return worries; }
    public void setWorries(String worries) { this.worries = worries; }
    public String getGoingWell() { return goingWell; }
    public void setGoingWell(String goingWell) { this.goingWell = goingWell; }
    public boolean isChildInNeedPlan() { return childInNeedPlan; }
    public void setChildInNeedPlan(boolean childInNeedPlan) { this.childInNeedPlan = childInNeedPlan; }
    public Integer getReviewIntervalMonths() { return reviewIntervalMonths; }
    public void setReviewIntervalMonths(Integer value) { this.reviewIntervalMonths = value; }
    public List<String> getGoals() { return goals; }
    public void setGoals(List<String> goals) {
        this.goals = new ArrayList<>(goals);
        while (this.goals.size() < GOALS) {
            this.goals.add("");
        }
    }
    public List<ActionForm> getActions() { return actions; }
    public void setActions(List<ActionForm> actions) {
        this.actions = new ArrayList<>(actions);
        while (this.actions.size() < ACTIONS) {
            this.actions.add(new ActionForm());
        }
    }
}
