package kith.casework.api;

import kith.casework.YourWork;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's work tray over JSON, as their home page shows it: the families they work with (each with
 * its tasks, soonest due, with their kind (Family Help's, or child protection's: STRATEGY_MEETING,
 * INITIAL_CONFERENCE, STATUTORY_VISIT, CORE_GROUP_MEETING, REVIEW_CONFERENCE, TRANSFER_IN_CONFERENCE), and what
 * changed in the last week), and for a Family Help manager the decisions waiting for them, overdue first. Any
 * signed-in user; each sees only their own, and only people they may see; a link to a child protection record
 * they may not open is null, and its chronology entries in outline.
 */
@RestController
class WorkTrayApi {

    private final YourWork work;

    WorkTrayApi(YourWork work) {
        this.work = work;
    }

    @GetMapping("/api/v1/work-tray")
    YourWork.Items workTray() {
        return work.items();
    }
}
