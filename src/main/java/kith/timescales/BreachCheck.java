package kith.timescales;

import kith.shared.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every quarter of an hour, marks running clocks whose due date has passed as breached, so that work trays
 * and returns see the breach without waiting for the stop event. Safe to run on every instance at once.
 */
@Component
class BreachCheck {

    private static final Logger log = LoggerFactory.getLogger(BreachCheck.class);

    private final StatutoryClocks clocks;
    private final Today today;

    BreachCheck(StatutoryClocks clocks, Today today) {
        this.clocks = clocks;
        this.today = today;
    }

    @Scheduled(cron = "${kith.timescales.breach-check-cron:0 */15 * * * *}", zone = "Europe/London")
    void run() {
        int marked = clocks.recordBreaches(today.date());
        if (marked > 0) {
            log.info("{} statutory clocks passed their due date", marked);
        }
    }
}
