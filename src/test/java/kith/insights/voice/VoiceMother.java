package kith.insights.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.UserAccounts;
import kith.familyhelp.FamilyHelpEvents.FamilyPlanReviewed;
import kith.familyhelp.FamilyHelpMother;
import kith.support.EventDelivery;
import kith.support.Users;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Families invited to give feedback (through Family Help's event, as Family Help publishes it) and their links. */
@Component
public class VoiceMother {

    private final FamilyHelpMother families;
    private final EventDelivery events;
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Users users;
    private final FeedbackInvitations invitations;

    VoiceMother(FamilyHelpMother families, ApplicationEventPublisher publisher, TransactionTemplate transactions,
            JdbcClient jdbc, UserAccounts accounts, Users users, FeedbackInvitations invitations) {
        this.families = families;
        this.events = new EventDelivery(publisher, transactions, jdbc);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
        this.invitations = invitations;
    }

    public EventDelivery events() {
        return events;
    }

    public UUID practitioner(String username) {
        return accounts.loadUserByUsername(username).practitionerId();
    }

    /** A child with a fresh family name. */
    public UUID child(String given, String family) {
        return families.child(given, family);
    }

    /** A family plan of {@code children} reviewed today, led by {@code lead}; returns the invitation's id. */
    public UUID invited(String lead, List<UUID> children) {
        UUID episode = UUID.randomUUID();
        events.deliver(episode, new FamilyPlanReviewed(UUID.randomUUID(), episode, children, LocalDate.now(),
                LocalDate.now().plusMonths(3), practitioner(lead), "A practitioner"));
        return jdbc.sql("SELECT id FROM feedback_invitation WHERE episode_id = :episode")
                .param("episode", episode)
                .query(UUID.class)
                .single();
    }

    /** A family's link, made by the practitioner who leads their work. */
    public String link(String lead, UUID invitation) {
        return users.call(lead, () -> invitations.makeLink(invitation)).orElseThrow();
    }

    /** The link's path on Kith (the part after the address). */
    public static String path(String link) {
        return link.substring(link.indexOf("/feedback/"));
    }

    public long familyAnswers() {
        return jdbc.sql("SELECT count(*) FROM family_feedback").query(Long.class).single();
    }
}
