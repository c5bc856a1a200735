package kith.insights.census;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One child's part of a Children in Need census return, as the DfE's XML lays it out (the {@code Child} element of
 * {@code CIN_schema_2026.xsd}). Codes are kept as written, so that a file read in with wrong codes can still be
 * checked by the rules; a date that could not be read is null.
 *
 * @param personId the child's person record in Kith, or null when the child was read from a file
 * @param laChildId LAchildID
 * @param upn UPN, or null
 * @param formerUpn FormerUPN, or null
 * @param upnUnknown UPNunknown (UN1 to UN7), or null
 * @param birthDate PersonBirthDate, or null
 * @param expectedBirthDate ExpectedPersonBirthDate, or null
 * @param sex Sex (M, F or U)
 * @param deathDate PersonDeathDate, or null
 * @param ethnicity Ethnicity
 * @param disabilities Disability codes, empty when the Disabilities element is absent
 * @param episodes the CINdetails, one per episode of need, in order of referral
 */
public record CensusChild(UUID personId, String laChildId, String upn, String formerUpn, String upnUnknown,
        LocalDate birthDate, LocalDate expectedBirthDate, String sex, LocalDate deathDate, String ethnicity,
        List<String> disabilities, List<Episode> episodes) {

    /**
     * CINdetails: one episode of need.
     *
     * @param sourceId the Kith record it came from (the Family Help episode, or the referral when it went no further),
     *        or null when read from a file
     * @param referralNfa ReferralNFA (true when the referral led to no further action), or null when absent
     * @param preProceedings the 2026-27 PreProceedingsandFGDM block, or null
     */
    public record Episode(UUID sourceId, LocalDate referralDate, String referralSource, String primaryNeed,
            LocalDate closureDate, String reasonForClosure, LocalDate dateOfInitialCpc, List<Assessment> assessments,
            List<CinPlan> cinPlans, List<Section47> section47s, Boolean referralNfa, List<ProtectionPlan> protectionPlans,
            PreProceedings preProceedings) {}

    /** Assessments: the actual start, internal review and authorisation (completion) dates and the factors. */
    public record Assessment(UUID sourceId, LocalDate startDate, LocalDate internalReviewDate,
            LocalDate authorisationDate, List<String> factors) {}

    /** CINPlanDates: a child in need plan (section 17; targeted early help plans are not returned). */
    public record CinPlan(UUID sourceId, LocalDate startDate, LocalDate endDate) {}

    /** Section47: an enquiry, its initial conference target and date, and whether no conference was required. */
    public record Section47(UUID sourceId, LocalDate startDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
            Boolean icpcNotRequired) {}

    /** ChildProtectionPlans: a plan with its categories of abuse, previous plans and review conference dates. */
    public record ProtectionPlan(UUID sourceId, LocalDate startDate, LocalDate endDate, String initialCategory,
            String latestCategory, Integer numberOfPreviousPlans, List<LocalDate> reviewDates) {}

    /** PreProceedingsandFGDM (2026-27): fields as in the DfE's sample; flags 1 or 0. */
    public record PreProceedings(UUID sourceId, LocalDate startDate, LocalDate letterBeforeProceedingsSent,
            Integer fgdmMeetingOffer, Integer fgdmMeetingFacilitated, LocalDate initialMeetingDate,
            Integer reviewMeetingsCount, LocalDate stepDecisionDate, String outcome, LocalDate courtApplicationDate,
            LocalDate letterInitialCpDate) {}
}
