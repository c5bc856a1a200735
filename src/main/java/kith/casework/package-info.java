/**
 * Case work across modules: the child's chronology (one timeline of every significant event from every
 * module), the tasks behind the personal work tray, and each role's home page (what needs me today). The
 * chronology and the tasks are built from other modules' events, never by reading their tables; case notes
 * come later. Child protection's steps are in the chronology in outline for anyone who may open the child's
 * record, in full for those who may open their child protection records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work",
        allowedDependencies = {"shared", "access", "audit", "people", "familyhelp", "frontdoor", "protection", "networks",
                "insights :: voice"})
package kith.casework;
