/**
 * Small value types and infrastructure every module uses: the acting user ({@link kith.shared.Actor}),
 * the local authority, common exceptions, the embedded database and the web shell. An open module, kept tiny.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kith.shared;
