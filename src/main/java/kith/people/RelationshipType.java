package kith.people;

/** How one person is related to another; each type knows its inverse, so both directions stay consistent. */
public enum RelationshipType {
    PARENT("Parent"),
    CHILD("Child"),
    STEP_PARENT("Step-parent"),
    STEP_CHILD("Step-child"),
    SIBLING("Sibling"),
    HALF_SIBLING("Half-sibling"),
    GRANDPARENT("Grandparent"),
    GRANDCHILD("Grandchild"),
    AUNT_OR_UNCLE("Aunt or uncle"),
    NIECE_OR_NEPHEW("Niece or nephew"),
    COUSIN("Cousin"),
    FAMILY_FRIEND("Family friend"),
    OTHER_CONNECTED_PERSON("Other connected person"),
    // The child's wider network (family networks): none is family by blood, each matters to the child.
    NEIGHBOUR("Neighbour"),
    FRIEND("Friend"),
    GODPARENT("Godparent"),
    GODCHILD("Godchild"),
    STEP_SIBLING("Step-sibling");

    private final String label;

    RelationshipType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the other person is to this one: the inverse of a parent is a child, of a cousin a cousin. */
    public RelationshipType inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case STEP_PARENT -> STEP_CHILD;
            case STEP_CHILD -> STEP_PARENT;
            case GRANDPARENT -> GRANDCHILD;
            case GRANDCHILD -> GRANDPARENT;
            case AUNT_OR_UNCLE -> NIECE_OR_NEPHEW;
            case NIECE_OR_NEPHEW -> AUNT_OR_UNCLE;
            case GODPARENT -> GODCHILD;
            case GODCHILD -> GODPARENT;
            case SIBLING, HALF_SIBLING, COUSIN, FAMILY_FRIEND, OTHER_CONNECTED_PERSON, NEIGHBOUR, FRIEND, STEP_SIBLING ->
                    this;
        };
    }
}
