package kith.shared.web;

import java.net.URI;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where users reach Kith ({@code kith.public-url}, for example {@code https://kith.example.gov.uk}). Every
 * absolute address Kith sends, such as the redirect after signing in, is built from it, never from the
 * request's {@code Host} header, which the client chooses.
 *
 * <p>Read when first needed rather than at start-up, so that a test server on a random port can name
 * itself ({@code http://localhost:${local.server.port}}); checked once Kith is ready, so a wrong setting
 * stops Kith starting.
 */
@Component
public class PublicAddress {

    private final Environment environment;
    private volatile String origin;

    PublicAddress(Environment environment) {
        this.environment = environment;
    }

    /** The absolute address of a path on Kith: {@code /sign-in} gives {@code https://kith.example.gov.uk/sign-in}. */
    public String of(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("Not a path on Kith: " + path);
        }
        return origin() + path;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        origin();
    }

    private String origin() {
        String known = origin;
        if (known == null) {
            known = parse(environment.getRequiredProperty("kith.public-url"));
            origin = known;
        }
        return known;
    }

    static String parse(String setting) {
        URI uri = URI.create(setting.trim());
        boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("kith.public-url must be an http or https address such as "
                    + "https://kith.example.gov.uk, not " + setting);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
