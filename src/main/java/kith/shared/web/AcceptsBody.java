package kith.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body types an API handler takes besides JSON (the CIN census file check takes the DfE's XML). Not a mapping's
 * {@code consumes}, which would answer a request for the wrong answer type with 415 before the API's own checks
 * (406 first, then 415) run: the handler checks the type itself.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptsBody {

    /** Media types, such as {@code application/xml}. */
    String[] value();
}
