package kith.insights.returns;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.jobs.Jobs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A background job's page: its progress bar, which asks again every two seconds through htmx until the work is done
 * or has failed, then the download link (or a plain statement that it failed). Only the user who started the job
 * sees it; anyone else is told there is no such page.
 */
@Controller
class JobPages {

    private final Jobs jobs;

    JobPages(Jobs jobs) {
        this.jobs = jobs;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/returns/jobs/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.job(id));
        return "insights/job";
    }

    /** The progress part of the page alone, for htmx to swap in. */
    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/returns/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", jobs.job(id));
        return "insights/job :: progress";
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping("/returns/jobs/{id}/download")
    void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Jobs.Download download = jobs.download(id);
        response.setContentType(download.contentType());
        response.setContentLengthLong(download.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(download.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Files.copy(download.file(), response.getOutputStream());
    }
}
