package kith.familyhelp;

import java.util.List;
import java.util.UUID;

/**
 * What another module's work within a family's episode needs to know of it: who it is about and who works on it,
 * as ids only. It names nobody, so reading it is not a view of anyone's record; the caller checks access to the
 * children itself and shows people through people's Identities.
 *
 * @param childIds the children the episode is about
 * @param familyIds the family on the episode (parents and other relatives)
 * @param leadPractitionerId the Family Help lead practitioner, or null before one is allocated
 * @param leadPractitionerName their name, or null
 * @param supervisorId the social-work-qualified manager supervising the work
 */
public record EpisodeFacts(UUID id, List<UUID> childIds, List<UUID> familyIds, UUID leadPractitionerId,
        String leadPractitionerName, UUID supervisorId, boolean open) {}
