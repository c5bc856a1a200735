package kith.insights.returns;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.annexa.AnnexAFiles;
import kith.insights.annexa.AnnexAFormat;
import kith.insights.annexa.AnnexAList;
import kith.insights.jobs.BackgroundWork;
import kith.shared.Today;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ofsted's Annex A lists 1 to 7 as CSV over the API, for performance analysts and managers, for an inspection date
 * (today when none is given). Lists 8 to 11 are answered 404 with a problem saying why: Kith does not yet record
 * children in care or adoption. Each list made is audited, as on the returns page.
 */
@RestController
class AnnexAApi {

    private final AnnexAFiles files;
    private final Today today;

    AnnexAApi(AnnexAFiles files, Today today) {
        this.files = files;
        this.today = today;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/api/v1/returns/annex-a/{list}.csv")
    ResponseEntity<ProblemDetail> list(@PathVariable String list,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectionDate,
            HttpServletResponse response) throws Exception {
        Optional<AnnexAList> chosen = number(list).flatMap(AnnexAList::number);
        if (chosen.isEmpty()) {
            boolean notRecorded = number(list).map(n -> n >= 8 && n <= 11).orElse(false);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notRecorded
                    ? "Annex A list " + list + " is not made: Kith does not record children in care and adoption yet."
                    : "Annex A has lists 1 to 11; Kith makes lists 1 to 7.");
            problem.setTitle("Not found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        LocalDate on = inspectionDate == null ? today.date() : inspectionDate;
        response.setContentType(AnnexAFormat.CSV.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(AnnexAFiles.fileName(chosen.get(), AnnexAFormat.CSV, on)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        files.work(chosen.get(), AnnexAFormat.CSV, on).run(NO_PROGRESS, response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    private static final BackgroundWork.Progress NO_PROGRESS = new BackgroundWork.Progress() {
        @Override
        public void total(long steps) {}

        @Override
        public void advance(long steps) {}
    };

    private static Optional<Integer> number(String list) {
        return list.matches("[0-9]{1,2}") ? Optional.of(Integer.parseInt(list)) : Optional.empty();
    }
}
