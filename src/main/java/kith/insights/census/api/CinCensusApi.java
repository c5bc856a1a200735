package kith.insights.census.api;

import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.census.CensusYears;
import kith.insights.census.CinCensusXml;
import kith.insights.census.CollectionYear;
import kith.insights.jobs.BackgroundWork;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The Children in Need census return of a collection year as XML, streamed as it is written (memory stays flat
 * however many children it holds). For those who make returns; audited as an export.
 */
@RestController
class CinCensusApi {

    /** No progress bar for a download over the API. */
    private static final BackgroundWork.Progress UNWATCHED = new BackgroundWork.Progress() {
        @Override
        public void total(long steps) {}

        @Override
        public void advance(long steps) {}
    };

    private final CinCensusXml xml;

    CinCensusApi(CinCensusXml xml) {
        this.xml = xml;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping(path = "/api/v1/returns/cin-census", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<StreamingResponseBody> census(@RequestParam(required = false) Integer year) {
        CollectionYear collection = CensusYears.of(year);
        // The body is written on another thread, after this method returns: it works as the same signed-in user.
        SecurityContext context = SecurityContextHolder.getContext();
        StreamingResponseBody body = out -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                xml.write(collection, out, UNWATCHED);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cin-census-" + collection.ending() + ".xml").build().toString())
                .body(body);
    }
}
