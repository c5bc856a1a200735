package kith.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a handler needs, checked (and a refusal audited) before its request is read: a role that may
 * not make a change is refused with 403 before any validation or version check, so that a 400 or 412 never
 * tells it whether the record exists. Every handler that changes something carries one (a test holds every
 * module to it); which records the user may change is still decided in the services.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresPermission {

    Permission value();
}
