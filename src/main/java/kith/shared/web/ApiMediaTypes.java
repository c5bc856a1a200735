package kith.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The API speaks JSON only (and CSV where the path names it, as {@code /api/v1/returns/annex-a/3.csv}, and what a
 * handler declares it produces, such as the CIN census in XML): a body in anything else is refused with 415, and a
 * client that accepts none of those with 406, before the handler runs. Left to the handler, a create would first
 * happen and only its answer
 * would fail to be written.
 */
class ApiMediaTypes implements HandlerInterceptor {

    private static final List<MediaType> ANSWERED = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<MediaType> answered = answered((HandlerMethod) handler);
        if (!accepts(request, answered)) {
            throw new HttpMediaTypeNotAcceptableException(answered);
        }
        if (hasBody(request) && !isJson(request.getContentType()) && !declaredByHandler((HandlerMethod) handler, request)) {
            throw new HttpMediaTypeNotSupportedException(contentType(request.getContentType()), List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
        return true;
    }

    /**
     * JSON, or what the handler declares it produces (a statutory return is a file: the CIN census is XML), with
     * problems always in JSON.
     */
    private static List<MediaType> answered(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null || mapping.produces().length == 0) {
            return ANSWERED;
        }
        List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(List.of(mapping.produces())));
        types.add(MediaType.APPLICATION_PROBLEM_JSON);
        return types;
    }

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /** Whether the handler takes this body's type besides JSON ({@link AcceptsBody}). */
    private static boolean declaredByHandler(HandlerMethod handler, HttpServletRequest request) {
        AcceptsBody accepts = handler.getMethodAnnotation(AcceptsBody.class);
        MediaType type = contentType(request.getContentType());
        if (accepts == null || type == null) {
            return false;
        }
        for (String accepted : accepts.value()) {
            if (MediaType.parseMediaType(accepted).includes(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean accepts(HttpServletRequest request, List<MediaType> answered) {
        List<String> accept = Collections.list(request.getHeaders("Accept"));
        if (accept.isEmpty()) {
            return true;
        }
        boolean csv = request.getRequestURI().endsWith(".csv");
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> answered.stream().anyMatch(type::isCompatibleWith) || (csv && type.isCompatibleWith(CSV)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isJson(String contentType) {
        MediaType type = contentType(contentType);
        return type != null && "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix()));
    }

    private static MediaType contentType(String value) {
        try {
            return value == null ? null : MediaType.parseMediaType(value);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
