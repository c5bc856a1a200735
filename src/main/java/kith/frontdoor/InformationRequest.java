package kith.frontdoor;

import java.time.Instant;
import java.util.UUID;
import kith.shared.InvalidInput;
import kith.shared.TextLimits;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The front door asking a partner agency what it knows about a child; answered once by that agency. */
@Table("information_request")
class InformationRequest {

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final UUID referralId;
    private final UUID childId;
    private final UUID agencyId;
    private final String agencyName;
    private final String question;
    private final LawfulBasis lawfulBasis;
    private final String requestedBy;
    private final Instant requestedAt;
    private final Instant dueAt;
    private String answer;
    private String answeredBy;
    private String answeredByName;
    private Instant answeredAt;

    @PersistenceCreator
    InformationRequest(UUID id, Long version, UUID referralId, UUID childId, UUID agencyId, String agencyName,
            String question, LawfulBasis lawfulBasis, String requestedBy, Instant requestedAt, Instant dueAt) {
        this.id = id;
        this.version = version;
        this.referralId = referralId;
        this.childId = childId;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.question = question;
        this.lawfulBasis = lawfulBasis;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.dueAt = dueAt;
    }

    static InformationRequest ask(UUID referralId, UUID childId, UUID agencyId, String agencyName, String question,
            LawfulBasis basis, String by, Instant at, Instant due) {
        return new InformationRequest(UUID.randomUUID(), null, referralId, childId, agencyId, agencyName,
                question.trim(), basis, by, at, due);
    }

    void answer(String text, String by, String byName, Instant at) {
        if (answeredAt != null) {
            throw new InvalidInput("answer", "This request has already been answered");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("answer", "Enter what your agency knows, or that it knows nothing about the child");
        }
        if (TextLimits.exceeds(text, TextLimits.TEXT)) {
            throw new InvalidInput("answer", "Enter your answer in " + TextLimits.shown(TextLimits.TEXT)
                    + " characters or fewer");
        }
        this.answer = text.trim();
        this.answeredBy = by;
        this.answeredByName = byName;
        this.answeredAt = at;
    }

    boolean isAt(long expectedVersion) {
        return version != null && version == expectedVersion;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    UUID referralId() {
        return referralId;
    }

    UUID childId() {
        return childId;
    }

    LawfulBasis lawfulBasis() {
        return lawfulBasis;
    }

    InformationRequestView view(kith.people.Identity child) {
        return new InformationRequestView(id, version == null ? 0 : version, referralId, child, agencyId, agencyName, question, lawfulBasis, requestedBy, requestedAt, dueAt, answer,
                answeredByName, answeredAt);
    }
}
