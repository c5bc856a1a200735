package kith.people;

/** Whether a person is a child (born or unborn) or an adult. */
public enum PersonKind {
    CHILD,
    ADULT
}
