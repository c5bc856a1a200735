/**
 * Case work across modules: the child's chronology (one timeline of every significant event from every
 * module), the tasks behind the personal work tray, and each role's home page (what needs me today). The
 * chronology and the tasks are built from other modules' events, never by reading their tables; case notes
 * come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work",
        allowedDependencies = {"shared", "access", "audit", "people", "familyhelp", "frontdoor"})
package kith.casework;
