/**
 * Ofsted's Annex A lists 1 to 7 (ILACS): contacts, early help, referrals, assessments, section 47 enquiries and
 * initial conferences, children in need and child protection plans, made from the owning modules' services with the
 * headers and values of {@code annex-a/Annex_A_schema.yml}, as CSV or XLSX, in the background. Lists 8 to 11 (children
 * in care, care leavers, adoption, adopters) are not made: Kith does not yet record children in care or adoption.
 */
package kith.insights.annexa;
