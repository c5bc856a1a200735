package kith.partnership;

import java.util.UUID;

/** An agency of the partnership with how many teams and practitioners it has in Kith. */
public record AgencyView(UUID id, String name, AgencyKind kind, boolean council, int teams, int practitioners) {}
