package org.spplus.platform.api.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who, for plugins that route work and notify people. Methods about agents work in the current
 * tenant and need a transaction.
 */
public interface PeopleDirectory {

    /** An active account, if it still exists (erased accounts are gone). */
    Optional<Person> account(long accountId);

    /** The entities the signed-in agent is attached to in the current tenant (empty for anyone else). */
    Set<Long> unitsOfCurrentAgent();

    /**
     * Active agents of the current tenant holding the role whose attachment covers the entity: attached to
     * it or to one of its ancestors.
     */
    List<Person> agentsCovering(long unitId, String role);

    /** Active accounts holding the platform role (moderators, platform administrators). */
    List<Person> withPlatformRole(String role);
}
