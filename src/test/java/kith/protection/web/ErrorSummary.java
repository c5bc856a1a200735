package kith.protection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The GOV.UK error summary of a page as MockMvc sees it: each line as "#anchor message", checked to link to an element
 * of the page and to have the same message beside its field (the browser test checks the rest of the pattern).
 */
final class ErrorSummary {

    private static final Pattern SUMMARY = Pattern.compile(
            "<div class=\"govuk-error-summary\".*?<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>",
            Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]+)\">(.*?)</a>", Pattern.DOTALL);

    private ErrorSummary() {}

    static List<String> of(String page) {
        Matcher summary = SUMMARY.matcher(page);
        if (!summary.find()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Matcher link = LINK.matcher(summary.group(1));
        while (link.find()) {
            String anchor = link.group(1);
            String message = HtmlUtils.htmlUnescape(link.group(2));
            assertThat(page).as("an element with the id %s", anchor).contains("id=\"" + anchor + "\"");
            assertThat(HtmlUtils.htmlUnescape(page.replace(summary.group(0), "")))
                    .as("the message \"%s\" is also at its field", message)
                    .contains("<span class=\"govuk-visually-hidden\">Error:</span> <span>" + message + "</span>");
            lines.add("#" + anchor + " " + message);
        }
        return lines;
    }
}
