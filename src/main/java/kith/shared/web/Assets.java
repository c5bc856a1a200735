package kith.shared.web;

import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/**
 * The addresses of the stylesheets and scripts every page links to, each fingerprinted (the WebJar's version in
 * its path, or a hash of Kith's own file's content in its name), so that browsers may keep them for a year and a
 * new release is fetched at once. Worked out once, at the first page: looking a resource up for every link of
 * every page was half of a page's rendering time (docs/benchmarks/child-page-load.md).
 */
public final class Assets {

    private final String govukVersion;
    private final String htmxVersion;
    private final ResourceUrlProvider urls;
    private volatile Links links;

    /** What the layout links to. */
    public record Links(String govukStylesheet, String kithStylesheet, String jsEnabled, String kithScript, String htmx,
            String sessionScript) {}

    Assets(ResourceUrlProvider urls) {
        WebJarVersionLocator versions = new WebJarVersionLocator();
        this.govukVersion = versions.version("govuk-frontend");
        this.htmxVersion = versions.version("htmx.org");
        this.urls = urls;
    }

    public Links links() {
        Links known = links;
        if (known == null) {
            known = new Links(
                    "/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/govuk-frontend.min.css",
                    fingerprinted("/css/kith.css"),
                    fingerprinted("/js/js-enabled.js"),
                    fingerprinted("/js/kith.js"),
                    "/webjars/htmx.org/" + htmxVersion + "/dist/htmx.min.js",
                    fingerprinted("/js/session.js"));
            links = known;
        }
        return known;
    }

    String govukVersion() {
        return govukVersion;
    }

    private String fingerprinted(String path) {
        String versioned = urls.getForLookupPath(path);
        if (versioned == null || versioned.equals(path)) {
            throw new IllegalStateException("No fingerprinted address for " + path);
        }
        return versioned;
    }
}
