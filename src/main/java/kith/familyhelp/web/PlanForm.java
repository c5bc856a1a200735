package kith.familyhelp.web;

import java.util.ArrayList;
import java.util.List;
import kith.familyhelp.ActionOwner;
import kith.familyhelp.ActionProgress;
import kith.familyhelp.PlanContent;
import kith.familyhelp.PlanView;
import kith.shared.web.FormFields;
import kith.shared.web.FormInput;

/**
 * The family plan form: three goals and five actions fit on the page; dates typed as day, month, year. Who will do
 * an action is chosen from the family and the practitioners working with them, or written in for someone not
 * recorded in Kith.
 */
public class PlanForm {

    static final FormFields FIELDS = FormFields.of("worries", "goingWell", "goals[]", "actions[].goal",
                    "actions[].action", "actions[].ownerId", "actions[].owner", "actions[].ownerKind", "actions[].dueOn",
                    "actions[].progress", "reviewIntervalMonths", "childInNeedPlan")
            .dates("actions[].dueOn")
            .alias("goals", "goals[0]")
            .alias("actions", "actions[0].action");

    static final int GOALS = 3;
    static final int ACTIONS = 5;

    private Long version;
    private String worries;
    private String goingWell;
    private boolean childInNeedPlan;
    private String reviewIntervalMonths = "3";
    private List<String> goals = blanks(GOALS);
    private List<ActionForm> actions = new ArrayList<>();

    public PlanForm() {
        for (int i = 0; i < ACTIONS; i++) {
            actions.add(new ActionForm());
        }
    }

    /** One action as typed. */
    public static class ActionForm {
        private String goal = "0";
        private String action;
        private String ownerId;
        private String owner;
        private String ownerKind;
        private String dueOnDay;
        private String dueOnMonth;
        private String dueOnYear;
        private String progress = "NOT_STARTED";

        public String getGoal() { return goal; }
        public void setGoal(String goal) { this.goal = goal; }
        public String getOwnerId() { return ownerId; }
        public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public String getOwnerKind() { return ownerKind; }
        public void setOwnerKind(String ownerKind) { this.ownerKind = ownerKind; }
        public String getDueOnDay() { return dueOnDay; }
        public void setDueOnDay(String value) { this.dueOnDay = value; }
        public String getDueOnMonth() { return dueOnMonth; }
        public void setDueOnMonth(String value) { this.dueOnMonth = value; }
        public String getDueOnYear() { return dueOnYear; }
        public void setDueOnYear(String value) { this.dueOnYear = value; }
        public String getProgress() { return progress; }
        public void setProgress(String progress) { this.progress = progress; }
    }

    static PlanForm of(PlanView plan) {
        PlanForm form = new PlanForm();
        form.version = plan.version();
        form.worries = plan.worries();
        form.goingWell = plan.goingWell();
        form.childInNeedPlan = plan.childInNeedPlan();
        form.reviewIntervalMonths = String.valueOf(plan.reviewIntervalMonths());
        for (int i = 0; i < plan.goals().size() && i < GOALS; i++) {
            form.goals.set(i, plan.goals().get(i));
        }
        for (int i = 0; i < plan.actions().size() && i < ACTIONS; i++) {
            PlanView.Action a = plan.actions().get(i);
            ActionForm f = form.actions.get(i);
            f.goal = String.valueOf(a.goal());
            f.action = a.action();
            if (a.ownerId() != null) {
                f.ownerId = a.ownerId().toString();
            } else {
                f.owner = a.owner();
                f.ownerKind = a.ownerKind().name();
            }
            f.dueOnDay = String.valueOf(a.dueOn().getDayOfMonth());
            f.dueOnMonth = String.valueOf(a.dueOn().getMonthValue());
            f.dueOnYear = String.valueOf(a.dueOn().getYear());
            f.progress = a.progress().name();
        }
        return form;
    }

    /** What the plan says, read with {@code input} (a due date that is not a real date is a problem there). */
    PlanContent content(FormInput input) {
        List<PlanContent.Action> typed = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionForm a = actions.get(i);
            String at = "actions[" + i + "].";
            String number = String.valueOf(i + 1);
            var due = input.date(at + "dueOn", "The date action " + number + " will be done by", a.dueOnDay, a.dueOnMonth,
                    a.dueOnYear);
            Integer goal = input.number(at + "goal", a.goal, "Select the goal action " + number + " is for");
            typed.add(new PlanContent.Action(goal == null ? 0 : goal, a.action, a.owner,
                    input.choice(ActionOwner.class, at + "ownerKind", a.ownerKind,
                            "Select whether a practitioner, a parent, the child or a network member will do action " + number),
                    due,
                    input.choice(ActionProgress.class, at + "progress", a.progress,
                            "Select how far action " + number + " has got"),
                    input.id(at + "ownerId", a.ownerId, "Select who will do action " + number + " from the list")));
        }
        Integer interval = input.number("reviewIntervalMonths", reviewIntervalMonths,
                "Enter how many months between reviews, as a number from 1 to 12");
        return new PlanContent(worries, goingWell, goals, typed, interval);
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
    public String getReviewIntervalMonths() { return reviewIntervalMonths; }
    public void setReviewIntervalMonths(String value) { this.reviewIntervalMonths = value; }
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
