package kith.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the small problem documents that security answers before any controller runs. */
final class Problems {

    private Problems() {}

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
