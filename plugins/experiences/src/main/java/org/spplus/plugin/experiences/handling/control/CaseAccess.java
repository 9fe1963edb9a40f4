package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.Set;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.AccessDeniedException;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.plugin.experiences.handling.entity.StoryCase;

/**
 * Who may see and act on a network's cases: agents and managers of the current network, for the entities
 * they are attached to and everything below them. A case of another network is never found (tenant
 * isolation); a case outside the person's entities is refused as if it did not exist.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    PeopleDirectory people;

    @Inject
    OrganisationTree tree;

    @Inject
    org.spplus.platform.api.tenant.CurrentTenant tenant;

    /** The entities whose inboxes the person handles: theirs and everything below. */
    public Set<Long> handledUnits() {
        requireRole(Roles.AGENT);
        Set<Long> units = new HashSet<>();
        for (Long unit : people.unitsOfCurrentAgent()) {
            units.addAll(tree.subtreeIds(unit));
        }
        return units;
    }

    /** The case, if the person handles its inbox (locked for update when {@code forUpdate}). */
    public StoryCase requireCase(long caseId, boolean forUpdate) {
        requireRole(Roles.AGENT);
        StoryCase storyCase = forUpdate
                ? persistence.tenant().find(StoryCase.class, caseId, LockModeType.PESSIMISTIC_WRITE)
                : persistence.tenant().find(StoryCase.class, caseId);
        if (storyCase == null || !handles(storyCase.getUnitId())) {
            throw new CaseNotFoundException();
        }
        return storyCase;
    }

    /** Whether the person handles this entity's inbox. */
    public boolean handles(long unitId) {
        for (Long unit : people.unitsOfCurrentAgent()) {
            if (tree.isInSubtree(unitId, unit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person is named in the network's fast-track setting (publishes without validation). */
    public boolean isOnFastTrack() {
        String me = user.get().map(u -> u.email().toLowerCase(java.util.Locale.ROOT)).orElse("");
        String list = org.spplus.plugin.experiences.ExperiencesSetting.FAST_TRACK_AGENTS.in(
                tenant.pluginSettings(org.spplus.plugin.experiences.ExperiencesPlugin.ID));
        return !me.isEmpty() && java.util.Arrays.stream(list.split("[,;\\s]+"))
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).anyMatch(me::equals);
    }

    public boolean isManager() {
        return user.hasRole(Roles.MANAGER);
    }

    public void requireManager() {
        requireRole(Roles.MANAGER);
    }

    public long accountId() {
        return user.get().orElseThrow(AuthenticationRequiredException::new).accountId();
    }

    public String actorName() {
        return user.actorName();
    }

    private void requireRole(String role) {
        if (user.get().isEmpty()) {
            throw new AuthenticationRequiredException();
        }
        if (!user.hasRole(role)) {
            throw new AccessDeniedException(Roles.MANAGER.equals(role)
                    ? "Cette action est réservée aux responsables (managers) du réseau."
                    : "Cette page est réservée aux agents du réseau.");
        }
    }
}
