package kith.insights.census.check;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.census.CensusFailure;
import kith.insights.census.file.NotACensusFile;
import kith.shared.InvalidInput;
import kith.shared.web.AcceptsBody;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check a CIN census file over the API: the file is the body ({@code application/xml}), the answer the failures as
 * JSON. It changes nothing, so it needs no Idempotency-Key; it is audited as the page is.
 */
@RestController
class CensusCheckApi {

    private static final List<MediaType> XML = List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML);

    private final CensusFileCheck check;

    CensusCheckApi(CensusFileCheck check) {
        this.check = check;
    }

    /** A failure as the API returns it. */
    record Failure(String rule, String type, String laChildId, String module, String message) {
        static Failure of(CensusFailure f) {
            return new Failure(f.rule(), f.error() ? "error" : "query", f.laChildId(), f.module(), f.message());
        }
    }

    record Result(String year, LocalDate referenceDate, String lea, int children, long errors, long queries,
            List<Failure> failures) {}

    @RequiresPermission(Permission.MAKE_RETURNS)
    @AcceptsBody({"application/xml", "text/xml"})
    @PostMapping("/api/v1/returns/cin-census/check")
    Result check(HttpServletRequest request) throws IOException, HttpMediaTypeNotSupportedException {
        MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        if (type != null && !XML.stream().anyMatch(xml -> xml.includes(type))) {
            throw new HttpMediaTypeNotSupportedException(type, XML, HttpMethod.POST);
        }
        try (InputStream body = request.getInputStream()) {
            CensusFileCheck.Report report = check.check(body);
            return new Result(report.year().toString(), report.header() == null ? null : report.header().referenceDate(),
                    report.header() == null ? null : report.header().lea(), report.children(), report.errors(),
                    report.queries(), report.all().stream().map(Failure::of).toList());
        } catch (NotACensusFile notACensus) {
            throw new InvalidInput("body", "Send a CIN census XML file. " + notACensus.getMessage());
        }
    }
}
