package kith.familyhelp;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface FamilyPlanRepository extends ListCrudRepository<FamilyPlan, UUID> {

    List<FamilyPlan> findByEpisodeId(UUID episodeId);
}
