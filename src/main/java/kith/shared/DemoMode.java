package kith.shared;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Decides whether this run is the demo configuration (see {@link ConditionalOnDemo}). */
public final class DemoMode implements Condition {

    public static boolean isOn(Environment environment) {
        String demo = environment.getProperty("kith.demo");
        if (StringUtils.hasText(demo)) {
            return Boolean.parseBoolean(demo.trim());
        }
        return !StringUtils.hasText(environment.getProperty("kith.db.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isOn(context.getEnvironment());
    }
}
