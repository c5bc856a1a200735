package kith.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Present only in the demo configuration: the embedded database unless {@code KITH_DEMO=false}, or a real
 * server with {@code KITH_DEMO=true}. Demo users, demo data and HTTP Basic for the API exist only here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(DemoMode.class)
public @interface ConditionalOnDemo {}
