package kith.insights.census.check;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kith.access.Permission;
import kith.access.RequiresPermission;
import kith.insights.census.file.NotACensusFile;
import kith.shared.InvalidInput;
import kith.shared.web.FormErrors;
import kith.shared.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Check a CIN census file: upload it, and see what the DfE's rules find, child by child. For those who make the
 * statutory returns (MAKE_RETURNS): the report names children only by the LAchildID in the file.
 */
@Controller
class CensusCheckPages {

    static final String PATH = "/returns/cin-census/check";

    /** The largest file checked: a large authority's return is a few tens of megabytes. */
    static final long MAX_FILE = 50L * 1024 * 1024;
    static final String MAX_FILE_DESCRIPTION = "50 MB";

    private static final FormFields FIELDS = FormFields.of("file");

    private final CensusFileCheck check;

    CensusCheckPages(CensusFileCheck check) {
        this.check = check;
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @GetMapping(PATH)
    String form() {
        return "insights/cin-census-check";
    }

    @RequiresPermission(Permission.MAKE_RETURNS)
    @PostMapping(PATH)
    String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, response, "Select a CIN census file");
        }
        if (file.getSize() > MAX_FILE) {
            return refused(model, response, "The selected file must be smaller than " + MAX_FILE_DESCRIPTION);
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", check.check(in));
        } catch (NotACensusFile notACensus) {
            return refused(model, response, "The selected file must be a CIN census XML file. "
                    + notACensus.getMessage());
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "insights/cin-census-report";
    }

    private String refused(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", FormErrors.of(FIELDS, List.of(new InvalidInput.Problem("file", message))));
        return "insights/cin-census-check";
    }
}
