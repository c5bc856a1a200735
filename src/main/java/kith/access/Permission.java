package kith.access;

import static kith.access.Role.ADMINISTRATOR;
import static kith.access.Role.CONFERENCE_CHAIR;
import static kith.access.Role.FRONT_DOOR;
import static kith.access.Role.PARTNER_PRACTITIONER;
import static kith.access.Role.PERFORMANCE_ANALYST;
import static kith.access.Role.PRACTITIONER;
import static kith.access.Role.TEAM_MANAGER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a role may do, stated once: each permission lists the roles that hold it. {@link RecordAccess} refuses
 * (and audits) whoever does not hold the permission for what they ask; a handler that writes says which
 * permission it needs with {@link RequiresPermission}, checked before the request is read. Whether this user
 * may open this particular record (a partner's working relationship, a restricted record's named users) is
 * then decided record by record in the services.
 */
public enum Permission {

    /** Searching for people; administrators too, to manage access to records. */
    FIND_PEOPLE("PEOPLE_SEARCH_REFUSED", "Role may not find people",
            PRACTITIONER, TEAM_MANAGER, FRONT_DOOR, CONFERENCE_CHAIR, ADMINISTRATOR),

    /** Adding people to Kith: council caseworkers. */
    RECORD_PEOPLE("PERSON_CREATE_REFUSED", "Role may not record people",
            PRACTITIONER, TEAM_MANAGER, FRONT_DOOR, CONFERENCE_CHAIR),

    /**
     * Changing who a person is (identity, addresses, flags, relationships) and deciding proposed corrections:
     * council caseworkers. Partners read a person's details and propose corrections instead.
     */
    CHANGE_PEOPLE("PERSON_CHANGE_REFUSED", "Only the council changes a person's details; partners propose corrections",
            PRACTITIONER, TEAM_MANAGER, FRONT_DOOR, CONFERENCE_CHAIR),

    /**
     * Opening and writing to a child's records (their details, network, Family Help work): council caseworkers,
     * and partner practitioners for the people they work with, which the record-level check decides.
     */
    OPEN_RECORDS("PERSON_ACCESS_REFUSED", "Role may not open records",
            PRACTITIONER, TEAM_MANAGER, FRONT_DOOR, CONFERENCE_CHAIR, PARTNER_PRACTITIONER),

    /** Screening contacts, deciding referrals, asking partners for information: screeners and managers. */
    WORK_THE_FRONT_DOOR("FRONT_DOOR_REFUSED", "Only the front door and managers screen and decide",
            FRONT_DOOR, TEAM_MANAGER),

    /** Sending the front door a contact: recorded by the front door, or submitted as a referral by a partner. */
    SEND_CONTACTS("CONTACT_CREATE_REFUSED", "Only the front door and partners send contacts",
            FRONT_DOOR, TEAM_MANAGER, PARTNER_PRACTITIONER),

    /**
     * Managing Family Help (opening an episode, allocating the lead practitioner, authorising an assessment,
     * stepping up, closing): social-work-qualified managers, who hold the team manager role.
     */
    MANAGE_FAMILY_HELP("FAMILY_HELP_MANAGEMENT_REFUSED", "Only a team manager manages Family Help", TEAM_MANAGER),

    /**
     * Child protection casework (strategy discussions, section 47 enquiries, core groups, statutory visits, the plan's
     * content, transfers in): the council's practitioners and managers. Partners in the team or the core group read
     * what they work on, which the record-level check decides.
     */
    WORK_CHILD_PROTECTION("CHILD_PROTECTION_REFUSED", "Only the council's practitioners and managers do child protection work",
            PRACTITIONER, TEAM_MANAGER),

    /** Setting the date of a child protection conference and inviting to it: practitioners, managers and chairs. */
    ARRANGE_CONFERENCES("CONFERENCE_ARRANGEMENT_REFUSED", "Only practitioners, managers and chairs arrange conferences",
            PRACTITIONER, TEAM_MANAGER, CONFERENCE_CHAIR),

    /** Recording what a child protection conference decided: its chair. */
    CHAIR_CONFERENCES("CONFERENCE_REFUSED", "Only a conference chair records a conference's decision", CONFERENCE_CHAIR),

    /**
     * Managing child protection (assigning the lead child protection practitioner, ending a plan for a reason other
     * than a review's decision, a transfer out): social-work-qualified managers.
     */
    MANAGE_CHILD_PROTECTION("CHILD_PROTECTION_MANAGEMENT_REFUSED",
            "Only a team manager assigns lead child protection practitioners and ends plans", TEAM_MANAGER),

    /** The multi-agency child protection teams, their members and the lead practitioner rule: administrators. */
    ADMINISTER_CHILD_PROTECTION_TEAMS("CHILD_PROTECTION_TEAM_ADMINISTRATION_REFUSED",
            "Only administrators manage child protection teams", ADMINISTRATOR),

    /**
     * Family network work (the child's network, family group decision making, pre-proceedings steps, support package
     * requests and payments, kinship arrangements): the council's practitioners and managers. Partners read a child's
     * network for the children they work with, which the record-level check decides.
     */
    WORK_FAMILY_NETWORKS("FAMILY_NETWORK_REFUSED", "Only the council's practitioners and managers do family network work",
            PRACTITIONER, TEAM_MANAGER),

    /**
     * A manager's family network decisions: approving that an FGDM is not offered (not in the child's best
     * interests), exemptions from the offer in the letter before proceedings, the urgent-protection reason for
     * applying to court before an accepted FGDM is held, and approving or refusing support packages.
     */
    MANAGE_FAMILY_NETWORKS("FAMILY_NETWORK_MANAGEMENT_REFUSED", "Only a team manager makes this family network decision",
            TEAM_MANAGER),

    /**
     * Family network settings (when the s31ZA duty to offer an FGDM commences here; the yearly budget for family
     * network support packages and the approval levels by amount): administrators.
     */
    ADMINISTER_FAMILY_NETWORKS("FAMILY_NETWORK_ADMINISTRATION_REFUSED",
            "Only administrators change family network settings", ADMINISTRATOR),

    /** Partner pages (submitting referrals, answering requests for information): partner practitioners. */
    USE_PARTNER_PAGES("PARTNER_PAGE_REFUSED", "Partner pages are for partner practitioners", PARTNER_PRACTITIONER),

    /**
     * Seeing the measures: counts of what the services did (referrals, decisions, Family Help), with no one named in
     * them. Performance analysts, whose work is figures rather than records.
     */
    SEE_MEASURES("MEASURES_REFUSED", "Only performance analysts see the measures", PERFORMANCE_ANALYST),

    /**
     * Making the statutory returns (the Children in Need census and its validation, Ofsted's Annex A lists):
     * performance analysts and team managers. The returns hold child-level rows, so every export is audited.
     */
    MAKE_RETURNS("RETURNS_REFUSED", "Only performance analysts and managers make statutory returns",
            PERFORMANCE_ANALYST, TEAM_MANAGER),

    /**
     * Statutory return settings (whether the CIN census includes the 2026-27 PreProceedingsandFGDM block):
     * administrators.
     */
    ADMINISTER_RETURNS("RETURNS_ADMINISTRATION_REFUSED", "Only administrators change the statutory return settings",
            ADMINISTRATOR),

    /**
     * Answering the monthly staff pulse survey (confidence, workload, feeling supported): staff who work with families.
     * Analysts and administrators do not, their work being figures and the system rather than families.
     */
    TAKE_PULSE_SURVEY("PULSE_SURVEY_REFUSED", "The pulse survey is for staff who work with families",
            PRACTITIONER, TEAM_MANAGER, FRONT_DOOR, CONFERENCE_CHAIR, PARTNER_PRACTITIONER),

    /**
     * Seeing what families and staff said, as monthly counts and averages with small counts suppressed (nobody named
     * in them): team managers and performance analysts.
     */
    SEE_VOICE("VOICE_REFUSED", "Only team managers and performance analysts see what families and staff said",
            TEAM_MANAGER, PERFORMANCE_ANALYST),

    /** Reading what families and staff wrote in their feedback, which may say who they are: team managers. */
    READ_VOICE_COMMENTS("VOICE_COMMENTS_REFUSED", "Only team managers read what families and staff wrote", TEAM_MANAGER),

    /**
     * Restricting records and naming who may open them. (The rest of administration, under {@code /admin/}, is
     * refused to everyone else by its route rule in {@link SecurityConfiguration}, before any handler.)
     */
    ADMINISTER_ACCESS("ACCESS_ADMINISTRATION_REFUSED", "Only administrators manage access", ADMINISTRATOR);

    private final String refusal;
    private final String reason;
    private final Set<Role> roles;

    Permission(String refusal, String reason, Role... roles) {
        this.refusal = refusal;
        this.reason = reason;
        this.roles = EnumSet.copyOf(List.of(roles));
    }

    public boolean isHeldBy(Role role) {
        return role != null && roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The audit trail's action for a refusal of this permission. */
    String refusal() {
        return refusal;
    }

    String reason() {
        return reason;
    }
}
