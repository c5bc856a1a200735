package kith.partnership;

/** A practitioner's professional discipline; only social workers are registered with Social Work England. */
public enum Discipline {
    SOCIAL_WORKER("Social worker", true),
    FAMILY_SUPPORT_WORKER("Family support worker", false),
    HEALTH_VISITOR("Health visitor", false),
    SCHOOL_NURSE("School nurse", false),
    MIDWIFE("Midwife", false),
    GP("General practitioner", false),
    TEACHER_DSL("Teacher or designated safeguarding lead", false),
    EDUCATION_SAFEGUARDING_OFFICER("Education safeguarding officer", false),
    SAFEGUARDING_NURSE("Named nurse for safeguarding", false),
    POLICE_OFFICER("Police officer", false),
    YOUTH_WORKER("Youth worker", false),
    PERFORMANCE_ANALYST("Performance analyst", false),
    SYSTEM_ADMINISTRATOR("System administrator", false);

    private final String label;
    private final boolean registeredWithSocialWorkEngland;

    Discipline(String label, boolean registeredWithSocialWorkEngland) {
        this.label = label;
        this.registeredWithSocialWorkEngland = registeredWithSocialWorkEngland;
    }

    public String label() {
        return label;
    }

    public boolean registeredWithSocialWorkEngland() {
        return registeredWithSocialWorkEngland;
    }
}
