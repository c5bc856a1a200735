package kith.familyhelp;

import java.util.Arrays;
import java.util.Optional;

/**
 * Factors identified at assessment, in DfE codes (CIN census AssessmentFactors). 18A and 19A are
 * deprecated: since 2024-25 use 18B/18C and 19B/19C (DfE queries 8945Q, 8950Q).
 */
public enum AssessmentFactor {
    F1A("1A", "Alcohol misuse: concerns about alcohol misuse by the child", false),
    F1B("1B", "Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)", false),
    F1C("1C", "Alcohol misuse: concerns about alcohol misuse by another person living in the household", false),
    F2A("2A", "Drug misuse: concerns about drug misuse by the child", false),
    F2B("2B", "Drug misuse: concerns about drug misuse by the parent(s)/carer(s)", false),
    F2C("2C", "Drug misuse: concerns about drug misuse by another person living in the household", false),
    F3A("3A", "Domestic violence: concerns about the child being the subject of domestic violence", false),
    F3B("3B", "Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence", false),
    F3C("3C", "Domestic violence: concerns about another person living in the household being the subject of domestic violence", false),
    F4A("4A", "Mental health: concerns about the mental health of the child", false),
    F4B("4B", "Mental health: concerns about the mental health of the parent(s)/carer(s)", false),
    F4C("4C", "Mental health: concerns about the mental health of another person in the family/household", false),
    F5A("5A", "Learning disability: concerns about the child’s learning disability", false),
    F5B("5B", "Learning disability: concerns about the parent(s)/carer(s) learning disability", false),
    F5C("5C", "Learning disability: concerns about another person in the family/household’s learning disability", false),
    F6A("6A", "Physical disability or illness: concerns about a physical disability or illness of the child", false),
    F6B("6B", "Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)", false),
    F6C("6C", "Physical disability or illness: concerns about a physical disability or illness of another person in the family/household", false),
    F7A("7A", "Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities", false),
    F8B("8B", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return", false),
    F8C("8C", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay", false),
    F8D("8D", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements", false),
    F8E("8E", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements", false),
    F8F("8F", "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other", false),
    F9A("9A", "UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child", false),
    F10A("10A", "Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing", false),
    F11A("11A", "Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation", false),
    F12A("12A", "Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking", false),
    F13A("13A", "Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs", false),
    F14A("14A", "Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour", false),
    F15A("15A", "Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm", false),
    F16A("16A", "Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect", false),
    F17A("17A", "Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect", false),
    F18A("18A", "Abuse or neglect – ‘PHYSICAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.", true),
    F18B("18B", "Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child", false),
    F18C("18C", "Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult", false),
    F19A("19A", "Abuse or neglect – ‘SEXUAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.", true),
    F19B("19B", "Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child", false),
    F19C("19C", "Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult", false),
    F20("20", "Other", false),
    F21("21", "No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken", false),
    F22A("22A", "Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation", false),
    F23A("23A", "Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief", false),
    F24A("24A", "Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation", false);

    private final String code;
    private final String label;
    private final boolean deprecated;

    AssessmentFactor(String code, String label, boolean deprecated) {
        this.code = code;
        this.label = label;
        this.deprecated = deprecated;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean deprecated() {
        return deprecated;
    }

    public static Optional<AssessmentFactor> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }
}
