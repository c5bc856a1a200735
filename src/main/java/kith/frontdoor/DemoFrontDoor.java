package kith.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kith.access.RunAs;
import kith.frontdoor.NewContact.Child;
import kith.frontdoor.NewContact.ReferrerKind;
import kith.partnership.PartnershipDirectory;
import kith.people.PeopleSearch;
import kith.people.PersonSummary;
import kith.people.SearchCriteria;
import kith.shared.ConditionalOnDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A front door with work in it for the demo: a school's referral about a known child (surname misspelt)
 * waiting to be screened, an anonymous call, a referral overdue for its decision, the health visitor's referral
 * of Milo Carrow decided as Family Help, and the police's referral of his half-sister Juniper Ashdown, decided as
 * a strategy discussion, with a question to her school (her record is restricted afterwards). Recorded through the
 * services as the demo users, so the audit trail and clocks are real.
 */
@Component
@ConditionalOnDemo
@Order(40)
class DemoFrontDoor implements ApplicationRunner {

    private final RunAs runAs;
    private final Contacts contacts;
    private final Screening screening;
    private final Referrals referrals;
    private final InformationRequests requests;
    private final PeopleSearch search;
    private final PartnershipDirectory partnership;
    private final ContactRepository repository;

    DemoFrontDoor(RunAs runAs, Contacts contacts, Screening screening, Referrals referrals, InformationRequests requests,
            PeopleSearch search, PartnershipDirectory partnership, ContactRepository repository) {
        this.runAs = runAs;
        this.contacts = contacts;
        this.screening = screening;
        this.referrals = referrals;
        this.requests = requests;
        this.search = search;
        this.partnership = partnership;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<PersonSummary> children = knownChildren();
        if (children.size() < 3) {
            return;
        }
        PersonSummary known = children.get(0);
        runAs.call("school.dsl", () -> contacts.submitAsPartner(new NewContact(null, null, null, null, null, null,
                List.of(new Child(known.givenName(), misspelt(known.familyName()), known.dateOfBirth(), null, null, null, null)),
                "Came to school without a coat or lunch three days running and said mum is in bed all day.",
                true, true, null), true));
        runAs.call("front.door", () -> contacts.record(new NewContact(ReferrerKind.ANONYMOUS, null, null, null, null, null,
                List.of(new Child("Jayden", "Unknown", null, null, null, "Flat 3, Station Road", null)),
                "Caller heard a child crying for hours and shouting late at night.", false, false, LawfulBasis.SAFEGUARDING),
                true));
        accepted(children.get(1), null);
        byNhsNumber("9999990029").ifPresent(milo -> accepted(milo, ReferralDecision.TARGETED_EARLY_HELP));
        byNhsNumber("9999990002").ifPresent(this::policeReferral);
    }

    /** The police refer Juniper; the front door links her, decides a strategy discussion and asks her school. */
    private void policeReferral(PersonSummary juniper) {
        ContactView sent = runAs.call("police.officer", () -> contacts.submitAsPartner(new NewContact(null, null, null,
                null, null, null,
                List.of(new Child(juniper.givenName(), juniper.familyName(), juniper.dateOfBirth(), null,
                        juniper.nhsNumber().value(), null, null)),
                "Officers attended a report of a disturbance at the home of an adult relative. The child was present "
                        + "and frightened; the relative is known to the council.", true, false, LawfulBasis.SAFEGUARDING),
                true));
        UUID school = partnership.agencyNamed("Kithbridge Primary School").orElseThrow();
        runAs.call("front.door", () -> {
            screening.link(sent.id(), 0, 0, juniper.id());
            UUID referral = screening.acceptAsReferral(sent.id(), 1).get(0);
            referrals.decide(referral, 0, ReferralDecision.STRATEGY_DISCUSSION,
                    "Possible significant harm: a strategy discussion with police and health today", null, true);
            return requests.ask(referral, school, "Has she said anything at school about home or the relative? "
                    + "Any absences or changes in the last month?", 48, LawfulBasis.SAFEGUARDING);
        });
    }

    private java.util.Optional<PersonSummary> byNhsNumber(String nhs) {
        return runAs.call("front.door", () -> search.search(new SearchCriteria(null, null, nhs)).stream().findFirst());
    }

    /** A contact about a known child accepted as a referral, decided if a decision is given. */
    private void accepted(PersonSummary child, ReferralDecision decision) {
        runAs.call("front.door", () -> {
            ContactView contact = contacts.record(new NewContact(ReferrerKind.AGENCY, null, "Demo Community Health NHS Trust",
                    "A health visitor", null, ReferralSource.SOURCE_3B,
                    List.of(new Child(child.givenName(), child.familyName(), child.dateOfBirth(), null,
                            child.nhsNumber() == null ? null : child.nhsNumber().value(), null, null)),
                    "Mum has not been coping since the new baby; the home is cold and there is little food.", true, true, null),
                    true);
            screening.link(contact.id(), 0, 0, child.id());
            UUID referral = screening.acceptAsReferral(contact.id(), 1).get(0);
            if (decision != null) {
                referrals.decide(referral, 0, decision, "The family agree to Family Help with a lead practitioner", null, true);
            }
            return referral;
        });
    }

    /** Three invented children of the demo families, found as a screener would find them. */
    private List<PersonSummary> knownChildren() {
        return List.of("Taylor", "Smith", "Jones", "Brown", "Patel", "Wilson", "Evans", "Walker").stream()
                .flatMap(name -> runAs.call("front.door", () -> search.search(new SearchCriteria(name, null, null))).stream())
                .filter(p -> p.kind() == kith.people.PersonKind.CHILD && p.dateOfBirth() != null)
                .distinct()
                .limit(3)
                .toList();
    }

    private static String misspelt(String name) {
        return name.length() < 4 ? name + "e" : name.substring(0, 2) + name.charAt(3) + name.charAt(2) + name.substring(4);
    }
}
