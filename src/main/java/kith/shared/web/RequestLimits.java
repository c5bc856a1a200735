package kith.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kith.shared.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads them, requests that Kith cannot safely take in: a body over 1 MB (413; no
 * form or JSON body Kith accepts comes near it) and a null character in the address, a query parameter or a
 * form field (400; PostgreSQL text cannot hold one, and no person types one). JSON bodies are checked field by
 * field as they are read ({@link JsonReading}).
 *
 * <p>The API is answered with a problem document; a page with the GOV.UK error page for the status.
 */
@Component
class RequestLimits extends OncePerRequestFilter implements Ordered {

    static final long MAX_BODY = 1024 * 1024;
    static final String MAX_BODY_DESCRIPTION = "1 MB";

    /**
     * The routes that take a file (a CIN census return to check): a large authority's return is tens of megabytes.
     * The larger limit holds only for the file's own body (XML, or a page's multipart form); anything else sent there
     * has the usual limit. The page says "too big" next to the field below its own, lower limit; past this one a
     * file is refused here.
     */
    static final Set<String> FILE_ROUTES = Set.of("/returns/cin-census/check", "/api/v1/returns/cin-census/check");
    static final long MAX_FILE_BODY = 60L * 1024 * 1024;

    private final JsonMapper json;

    RequestLimits(JsonMapper json) {
        this.json = json;
    }

    /** Just after the character encoding filter, so that form fields are read as UTF-8; before security. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = takesAFile(request) ? MAX_FILE_BODY : MAX_BODY;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
            return;
        }
        String withNul = fieldWithNulCharacter(request);
        if (withNul != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST, ApiProblems.invalid(List.of(
                    new InvalidInput.Problem(withNul, "Remove the null character from " + withNul))));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request, limit) : request, response);
    }

    private static boolean takesAFile(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return FILE_ROUTES.contains(request.getRequestURI()) && (type.startsWith("multipart/form-data")
                || type.startsWith("application/xml") || type.startsWith("text/xml"));
    }

    /** The name of the first field (or "path") that holds a null character, or null. */
    private static String fieldWithNulCharacter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri != null && (uri.indexOf('\u0000') >= 0 || uri.toLowerCase().contains("%00"))) {
            return "path";
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                return "parameters";
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ProblemDetail problem)
            throws IOException {
        if (!ApiRequests.isApi(request)) {
            response.sendError(status.value());
            return;
        }
        problem.setInstance(ApiRequests.instance(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    static ProblemDetail tooLarge() {
        return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, RefusalWords.title(HttpStatus.CONTENT_TOO_LARGE),
                RefusalWords.detail(HttpStatus.CONTENT_TOO_LARGE));
    }

    /** Whether reading a body failed because it went past the limit (a body sent without a length). */
    static boolean causedByTooLargeABody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Reading past the limit of a body sent in chunks, without a length. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("Request body larger than " + MAX_BODY_DESCRIPTION);
        }
    }

    /** A request whose body, sent without a length, cannot be read past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private ServletInputStream stream;
        private final long limit;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
