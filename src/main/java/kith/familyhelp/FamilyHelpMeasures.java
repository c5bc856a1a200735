package kith.familyhelp;

import kith.access.Permission;
import kith.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family Help's counts now, naming no one: open episodes and the children in them, how many of those are child in
 * need (section 17) and how many are stepped up to child protection. Read-only, in one statement; for the
 * measures, which performance analysts see.
 */
@Service
public class FamilyHelpMeasures {

    /** Open Family Help today. */
    public record Open(long episodes, long children, long childInNeed, long steppedUp) {}

    private final RecordAccess access;
    private final JdbcClient jdbc;

    FamilyHelpMeasures(RecordAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Open open() {
        access.check(Permission.SEE_MEASURES);
        return jdbc.sql("""
                        SELECT count(*) AS episodes,
                          count(*) FILTER (WHERE e.kind = 'CHILD_IN_NEED') AS child_in_need,
                          count(*) FILTER (WHERE e.stepped_up_on IS NOT NULL) AS stepped_up,
                          (SELECT count(DISTINCT m.person_id) FROM episode_member m JOIN family_help_episode o
                             ON o.id = m.episode_id WHERE m.child AND o.closed_on IS NULL) AS children
                        FROM family_help_episode e WHERE e.closed_on IS NULL""")
                .query((rs, n) -> new Open(rs.getLong("episodes"), rs.getLong("children"), rs.getLong("child_in_need"),
                        rs.getLong("stepped_up")))
                .single();
    }
}
