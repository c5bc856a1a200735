package kith.familyhelp;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface EpisodeRepository extends ListCrudRepository<Episode, UUID> {}
