/**
 * Case work across modules: the child's chronology, case notes, tasks and each role's work tray (the home
 * page: what needs me today). It mostly listens to other modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work")
package kith.casework;
