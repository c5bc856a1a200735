package kith.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the layout's fingerprinted asset links on every request as {@code assets}, before anything else runs, so
 * that every page has them: those of controllers, and the error pages the container and Spring Security show
 * (Thymeleaf may not call beans from links, and controller advice does not reach those).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssetsOnEveryPage extends OncePerRequestFilter {

    private final Assets assets;

    AssetsOnEveryPage(Assets assets) {
        this.assets = assets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute("assets", assets.links());
        chain.doFilter(request, response);
    }
}
