package kith.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link RequiresPermission} before anything else about the request is looked at: an interceptor's
 * {@code preHandle} runs before Spring reads the handler's arguments (the body, the If-Match header), so a
 * refusal is the first answer. The ids in the address are the refusal's subjects in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class PermissionCheck implements WebMvcConfigurer {

    private final RecordAccess access;

    PermissionCheck(RecordAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Interceptor(access)).order(Ordered.HIGHEST_PRECEDENCE);
    }

    static final class Interceptor implements HandlerInterceptor {
        private final RecordAccess access;

        Interceptor(RecordAccess access) {
            this.access = access;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method) {
                RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
                if (required != null) {
                    access.check(required.value(), idsInTheAddress(request));
                }
            }
            return true;
        }

        private static List<UUID> idsInTheAddress(HttpServletRequest request) {
            if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
                return List.of();
            }
            return variables.values().stream().map(value -> {
                try {
                    return UUID.fromString(String.valueOf(value));
                } catch (IllegalArgumentException notAnId) {
                    return null;
                }
            }).filter(Objects::nonNull).toList();
        }
    }
}
