package kith.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page request Kith cannot read (a missing or malformed form field, an address whose id is not an id, a form
 * field beyond what any Kith form has, such as {@code children[99999].givenName}, a version that is not a number)
 * gets the GOV.UK error page for
 * its status rather than Spring's problem document or a 500. Pages only: the API's own advice comes first for
 * API controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageRefusals {

    @ExceptionHandler({ServletRequestBindingException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMessageNotReadableException.class,
            TypeMismatchException.class, InvalidPropertyException.class, RequestRejectedException.class,
            BindException.class})
    String unreadable(Exception e, HttpServletResponse response) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // An address naming no record that could exist: the page is not found.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "error/404";
        }
        response.setStatus(e instanceof ErrorResponse refusal ? refusal.getStatusCode().value()
                : HttpServletResponse.SC_BAD_REQUEST);
        return "error/4xx";
    }
}
