package kith.shared.web;

import java.util.List;
import java.util.Map;
import kith.shared.AccessRefused;
import kith.shared.IdempotencyKeyReused;
import kith.shared.InvalidInput;
import kith.shared.RecordNotFound;
import kith.shared.StaleRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of the JSON API into an {@code application/problem+json} answer (RFC 9457) that names
 * the offending fields; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidInput.Problem(error.getField(), error.getDefaultMessage()))
                .toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (RequestLimits.causedByTooLargeABody(e)) {
            return RequestLimits.tooLarge();
        }
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = JsonFields.path(databind);
            return invalid(List.of(new InvalidInput.Problem(field, JsonFields.message(field, databind))));
        }
        if (e.getCause() instanceof DatabindException) {
            return invalid(List.of(new InvalidInput.Problem("body", "Send the body as a JSON object")));
        }
        if (e.getCause() == null) {
            return invalid(List.of(new InvalidInput.Problem("body", "Send a JSON body")));
        }
        return invalid(List.of(new InvalidInput.Problem("body", "The request body is not valid JSON")));
    }

    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(org.springframework.web.bind.MissingServletRequestParameterException e) {
        return invalid(List.of(new InvalidInput.Problem(e.getParameterName(), "Send the " + e.getParameterName() + " parameter")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new InvalidInput.Problem(e.getName(), "Enter a valid " + e.getName())));
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such record.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such resource.");
    }

    @ExceptionHandler(AccessRefused.class)
    ProblemDetail refused(AccessRefused e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You do not have access to this.");
    }

    @ExceptionHandler(StaleRecord.class)
    ProblemDetail stale(StaleRecord e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Changed by someone else",
                "The record has changed since you read it. Read it again and repeat your change.");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        if ("If-Match".equalsIgnoreCase(e.getHeaderName())) {
            return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                    "Send the record's ETag in an If-Match header so that no one else's change is overwritten.");
        }
        return invalid(List.of(new InvalidInput.Problem(e.getHeaderName(), "Send the " + e.getHeaderName() + " header")));
    }

    /** A header value Spring Security's firewall refuses (a control character), met when the header is read. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, RefusalWords.title(HttpStatus.BAD_REQUEST),
                "A header holds a character Kith does not accept, such as a control character.");
    }

    /** The IETF httpapi Idempotency-Key draft: a key reused for a different request is 422. */
    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                "This Idempotency-Key was already used for a different request, and nothing was created. "
                        + "Send a new key with each new request.");
        problem.setProperty("errors", List.of(Map.of("field", "Idempotency-Key",
                "message", "Use a new Idempotency-Key for a different request")));
        return problem;
    }

    /** A likely accidental second submission: answered 409, naming the earlier record. */
    @ExceptionHandler(kith.shared.DuplicateSuspected.class)
    ProblemDetail duplicate(kith.shared.DuplicateSuspected e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Possible duplicate",
                e.getMessage() + ". Send it again with confirmNotDuplicate set to true if it is a new one.");
        problem.setProperty("existing", e.existing());
        return problem;
    }

    /**
     * Spring's own refusals (405 wrong method, 406 not JSON accepted, 415 body not JSON…) keep their status, in
     * Kith's words; anything else is a failure of Kith's, logged and answered 500 without its details.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            return ResponseEntity.status(status).headers(refusal.getHeaders())
                    .body(problem(status, RefusalWords.title(status), RefusalWords.detail(status)));
        }
        log.error("Unexpected API failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong", "Kith could not complete the request. Nothing was saved."));
    }

    static ProblemDetail invalid(List<InvalidInput.Problem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Correct the fields named in errors.");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
