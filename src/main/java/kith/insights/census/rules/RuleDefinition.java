package kith.insights.census.rules;

/**
 * One row of the DfE's rule list: its code, the part of the return it belongs to, its type (ERROR, QUERY, or LA
 * for a check the local authority makes of its own figures) and the DfE's message.
 */
public record RuleDefinition(String code, String module, String type, String message) {

    /** Only an ERROR stops a return being accepted; a QUERY or an LA check asks for an explanation. */
    public boolean error() {
        return "ERROR".equals(type);
    }
}
