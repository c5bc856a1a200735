package kith.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report for what it refuses before Kith sees the request (a {@code %00} in the path, headers
 * over the size limit, a malformed request line): a problem document for the API and a GOV.UK-style page for
 * everything else, instead of Tomcat's own HTML page. Requests that reach Kith are answered by Kith's own error
 * handling (the {@code /error} page), and nothing here runs for them.
 *
 * <p>It runs inside Tomcat, outside Spring: the page is written here rather than by a template, with its words
 * from {@code messages.properties}, and says nothing about the request beyond its status.
 */
class ContainerRefusals extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus shown = known == null ? HttpStatus.BAD_REQUEST : known;
        try {
            boolean api = ApiRequests.isApi(request.getCoyoteRequest().requestURI().toString());
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status, shown) : page(shown));
                writer.flush();
            }
        } catch (RuntimeException | IOException e) {
            // The connection is failing too; there is nobody left to tell.
        }
    }

    static String problem(int status, HttpStatus shown) {
        return "{\"type\":\"about:blank\",\"title\":\"" + RefusalWords.title(shown) + "\",\"status\":" + status
                + ",\"detail\":\"" + RefusalWords.detail(shown) + "\"}";
    }

    static String page(HttpStatus status) {
        ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.UK);
        String title = HtmlUtils.htmlEscape(messages.getString(status == HttpStatus.NOT_FOUND
                ? "error.404.title" : "error.400.title"));
        String body = HtmlUtils.htmlEscape(messages.getString(status == HttpStatus.NOT_FOUND
                ? "error.404.body" : "error.400.body"));
        String service = HtmlUtils.htmlEscape(messages.getString("service.name"));
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s - %3$s</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                  <link rel="stylesheet" href="/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css">
                  <link rel="stylesheet" href="/css/kith.css">
                </head>
                <body class="govuk-template__body">
                <header class="govuk-header kith-header">
                  <div class="govuk-header__container govuk-width-container kith-header__container">
                    <div class="govuk-header__logo">
                      <a href="/" class="govuk-header__link govuk-header__link--homepage">
                        <span class="govuk-header__logotype-text kith-header__service">%3$s</span>
                      </a>
                    </div>
                  </div>
                </header>
                <div class="govuk-width-container">
                  <main class="govuk-main-wrapper" id="main-content">
                    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                      <h1 class="govuk-heading-l">%1$s</h1>
                      <p class="govuk-body">%2$s</p>
                      <p class="govuk-body"><a class="govuk-link" href="/">Go to your work</a></p>
                    </div></div>
                  </main>
                </div>
                </body>
                </html>
                """.formatted(title, body, service);
    }
}
