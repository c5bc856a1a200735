package kith.shared.web;

import java.time.LocalDate;
import kith.shared.Today;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Today's date in England on every page's model as {@code today} (ages, "overdue", date hints). */
@ControllerAdvice(annotations = Controller.class)
class TodayOnEveryPage {

    private final Today today;

    TodayOnEveryPage(Today today) {
        this.today = today;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return today.date();
    }
}
