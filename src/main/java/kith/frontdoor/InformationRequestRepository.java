package kith.frontdoor;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface InformationRequestRepository extends ListCrudRepository<InformationRequest, UUID> {

    List<InformationRequest> findByReferralId(UUID referralId);
}
