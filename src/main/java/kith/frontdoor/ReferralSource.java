package kith.frontdoor;

import java.util.Arrays;
import java.util.Optional;

/** Who made a referral, in DfE codes (CIN census ReferralSource, 1A to 10). */
public enum ReferralSource {
    SOURCE_1A("1A", "INDIVIDUAL - family member, relative or carer"),
    SOURCE_1B("1B", "INDIVIDUAL - acquaintance (including neighbours and child minders)"),
    SOURCE_1C("1C", "INDIVIDUAL - self"),
    SOURCE_1D("1D", "INDIVIDUAL - other (including strangers or Members of Parliament (MPs))"),
    SOURCE_2A("2A", "SCHOOLS"),
    SOURCE_2B("2B", "EDUCATION SERVICES"),
    SOURCE_3A("3A", "HEALTH SERVICES - general practitioner (GP)"),
    SOURCE_3B("3B", "HEALTH SERVICES - health visitor"),
    SOURCE_3C("3C", "HEALTH SERVICES - school nurse"),
    SOURCE_3D("3D", "HEALTH SERVICES - other primary health services"),
    SOURCE_3E("3E", "HEALTH SERVICES - A&E (accident and emergency department)"),
    SOURCE_3F("3F", "HEALTH SERVICES - other (for example hospice)"),
    SOURCE_4("4", "HOUSING - local authority housing or housing association"),
    SOURCE_5A("5A", "LA SERVICES - social care, for example adults social care services"),
    SOURCE_5B("5B", "LA SERVICES - other internal services, not including social care or early help"),
    SOURCE_5C("5C", "LA SERVICES - external, from another local authority’s services, for example social care or early help"),
    SOURCE_5D("5D", "LA SERVICES - early help"),
    SOURCE_6("6", "POLICE"),
    SOURCE_7("7", "OTHER LEGAL AGENCY - including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison"),
    SOURCE_8("8", "OTHER - including children’s centres, independent agency providers or voluntary organisations"),
    SOURCE_9("9", "ANONYMOUS"),
    SOURCE_10("10", "UNKNOWN");

    private final String code;
    private final String label;

    ReferralSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ReferralSource> fromCode(String code) {
        return Arrays.stream(values()).filter(source -> source.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
