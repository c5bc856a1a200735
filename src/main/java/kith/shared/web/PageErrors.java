package kith.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import kith.shared.AccessRefused;
import kith.shared.RecordNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows the GOV.UK-style 403 and 404 pages when a page's service refuses or cannot find a record. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(AccessRefused.class)
    String refused(HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }

    @ExceptionHandler(RecordNotFound.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }
}
