package kith.casework.api;

import kith.casework.YourWork;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's work tray over JSON, as their home page shows it: the families they work with (each with
 * its tasks, soonest due, and what changed in the last week), and for a Family Help manager the decisions
 * waiting for them, overdue first. Any signed-in user; each sees only their own, and only people they may see.
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
