package kith.frontdoor;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, UUID> {

    List<Referral> findByContactId(UUID contactId);
}
