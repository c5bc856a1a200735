package kith.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kith.casework.SyntheticCaseHistories.CaseHistory;
import kith.casework.SyntheticCaseHistories.Practitioner;
import kith.casework.SyntheticCaseHistories.Written;
import org.junit.jupiter.api.Test;

/**
 * The invented case histories of the load benchmark: exactly the entries asked for, each event once, and a share of
 * the long open histories on a child protection plan today, told in order and never in the future.
 */
class SyntheticCaseHistoriesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 4);
    static final Practitioner LEAD = new Practitioner(UUID.randomUUID(), "Grace Adeyemi", "Demo Community Health NHS Trust");
    static final Practitioner MANAGER = new Practitioner(UUID.randomUUID(), "Priya Shah", "Demo Borough Council");
    static final Practitioner CHILD_PROTECTION = new Practitioner(UUID.randomUUID(), "Ruth Calloway", "Demo Borough Council");

    @Test
    void longOpenHistoriesGoOnToAPlanWithItsVisitsMeetingsAndReviewsInExactlyTheEntriesAskedFor() {
        var histories = new SyntheticCaseHistories(CaseHistoryLoader.SEED, TODAY, List.of(LEAD), MANAGER, CHILD_PROTECTION);
        List<CaseHistory> told = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int length = 30 + i * 2;
            CaseHistory history = histories.history(UUID.randomUUID(), "Child " + i, length);
            assertThat(history.entries()).as("history %d", i).hasSize(length);
            assertThat(history.entries()).extracting(written -> written.entry().sourceEventId()).doesNotHaveDuplicates();
            told.add(history);
        }
        List<CaseHistory> onPlans = told.stream()
                .filter(h -> h.episode() != null && h.episode().protection() != null).toList();
        assertThat(onPlans).as("about a quarter of the long open ones").hasSizeBetween(20, 100);

        for (CaseHistory history : onPlans) {
            var plan = history.episode().protection();
            assertThat(plan.conferenceOn()).isAfter(history.episode().steppedUpOn()).isBeforeOrEqualTo(TODAY);
            assertThat(plan.visits()).isNotEmpty();
            assertThat(plan.visits()).extracting(SyntheticCaseHistories.Visit::visitedOn).isSorted()
                    .allSatisfy(on -> assertThat(on).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(plan.conferenceOn()));
            assertThat(plan.nextVisitDueOn()).isEqualTo(plan.visits().getLast().nextDueOn());
            assertThat(history.episode().closedOn()).as("the plan is open, so is Family Help").isNull();
            List<NewEntry> childProtection = history.entries().stream().map(Written::entry)
                    .filter(NewEntry::aboutChildProtection).toList();
            assertThat(childProtection).hasSize(SyntheticCaseHistories.PLAN_OPENING + plan.visits().size()
                    + plan.meetings().size() + plan.reviews().size());
            assertThat(childProtection).extracting(NewEntry::title).contains("Section 47 enquiry started",
                    "Child protection plan started: " + plan.category().label());
            assertThat(childProtection).extracting(NewEntry::link)
                    .contains("/child-protection/plans/" + plan.planId(), "/child-protection/enquiries/" + plan.enquiryId());
        }
    }
}
