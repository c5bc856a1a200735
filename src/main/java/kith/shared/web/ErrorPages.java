package kith.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page, for what is refused before any Kith handler runs (Spring Security's
 * firewall refusing a path such as {@code /api/v1/people//x}, a filter's refusal): browsers get the GOV.UK page
 * for the status, as from Boot's own error controller; every other client a problem document, instead of
 * Boot's non-standard JSON. Nothing of the failure is shown.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ErrorPages extends BasicErrorController {

    ErrorPages(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.is5xxServerError() ? "Something went wrong" : RefusalWords.title(status));
        problem.put("status", status.value());
        problem.put("detail", status.is5xxServerError() ? "Kith could not complete the request. Nothing was saved."
                : RefusalWords.detail(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && ApiRequests.instance(uri) != null) {
            problem.put("instance", uri);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
