package kith.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor behind the current request, read from the security context. */
public final class Actors {

    private Actors() {}

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor.Source source) {
            return Optional.of(source.actor());
        }
        return Optional.empty();
    }

    public static Actor currentOrSystem() {
        return current().orElse(Actor.SYSTEM);
    }
}
