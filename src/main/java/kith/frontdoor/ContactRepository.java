package kith.frontdoor;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ContactRepository extends ListCrudRepository<Contact, UUID> {}
