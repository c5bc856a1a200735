/**
 * Insights: what tells the partnership, and the Department for Education, whether the reforms work. Live measures
 * kept in read models fed by the other modules' events (and rebuilt from their records on demand), dashboards per
 * audience, the voice of families and staff, and the statutory returns: the Children in Need census XML with the
 * DfE's validation rules, and Ofsted's Annex A lists. It reads other modules only through their services and
 * events, never their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights",
        allowedDependencies = {"shared", "access", "audit", "partnership", "people", "frontdoor", "familyhelp",
                "protection", "networks", "timescales"})
package kith.insights;
