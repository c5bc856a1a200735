package kith.frontdoor;

/**
 * Why information about a family may be shared without their agreement (DfE information sharing advice,
 * 2024: the seven golden rules; UK GDPR and the Data Protection Act 2018).
 */
public enum LawfulBasis {
    SAFEGUARDING("Safeguarding a child: UK GDPR Article 6(1)(e) public task, with DPA 2018 Schedule 8 paragraph 4"),
    DUTY_TO_SHARE("Duty to share information: Children Act 2004 section 16LA, UK GDPR Article 6(1)(c)"),
    VITAL_INTERESTS("Immediate risk to life: UK GDPR Article 6(1)(d) vital interests"),
    CONSENT("The family agrees: UK GDPR Article 6(1)(a) consent");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
