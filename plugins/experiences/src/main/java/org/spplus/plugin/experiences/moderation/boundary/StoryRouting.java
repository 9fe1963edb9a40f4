package org.spplus.plugin.experiences.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.handling.control.CaseRouting;
import org.spplus.plugin.experiences.moderation.control.ModeratorCheck;
import org.spplus.plugin.experiences.moderation.control.StoryRoutingWork;
import org.spplus.plugin.experiences.moderation.control.StoryRoutingWork.NetworkCase;
import org.spplus.plugin.experiences.network.NetworkUnits;

/**
 * The moderators' re-routing of a published story: where each network's case of it stands, and moving a
 * case to another entity of its network or transferring it to another network, with a reason. The moves
 * are the networks' own ({@link CaseRouting}), each run in the network's transaction and signed
 * "Modération". Only the platform's moderators may do this.
 */
@ApplicationScoped
public class StoryRouting {

    public static final int SEARCH_LIMIT = 20;

    @Inject
    ModeratorCheck moderators;

    @Inject
    ModerationDesk desk;

    @Inject
    TenantScope tenantScope;

    @Inject
    TenantCatalog tenants;

    @Inject
    NetworkUnits units;

    @Inject
    StoryRoutingWork work;

    /** Every network's case of the published story (empty for a story not published). */
    public List<NetworkCase> cases(long storyId) {
        moderators.require();
        if (!desk.isPublished(storyId)) {
            return List.of();
        }
        List<NetworkCase> cases = new ArrayList<>();
        for (String tenantId : work.networksOf(storyId)) {
            if (tenants.enables(tenantId, ExperiencesPlugin.ID)) {
                cases.addAll(tenantScope.getAs(tenantId, () -> work.cases(storyId)));
            }
        }
        return cases;
    }

    /** The networks that receive stories, by name. */
    public List<TenantRef> networks() {
        moderators.require();
        return tenants.enabling(ExperiencesPlugin.ID);
    }

    /** The network's open entities whose name or code contains the text. */
    public List<OrgUnitView> searchEntities(String tenantId, String text) {
        moderators.require();
        requireNetwork(tenantId);
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw InvalidInput.of("recherche", "Indiquez une partie du nom de l'entité recherchée.");
        }
        return units.search(tenantId, words, SEARCH_LIMIT);
    }

    /** Moves a network's case of the story to another of that network's entities. */
    public void moveWithinNetwork(long storyId, String tenantId, long caseId, long unitId, String reason) {
        requireMovable(storyId, tenantId, reason);
        tenantScope.runAs(tenantId, () -> work.move(storyId, caseId, unitId, reason));
    }

    /** Transfers a network's case of the story to another network (its national inbox receives it). */
    public void transferToNetwork(long storyId, String tenantId, long caseId, String toTenantId, String reason) {
        requireMovable(storyId, tenantId, reason);
        tenantScope.runAs(tenantId, () -> work.transfer(storyId, caseId, toTenantId, reason));
    }

    /** A moderator, a published story, a network that receives stories, a reason. */
    private void requireMovable(long storyId, String tenantId, String reason) {
        moderators.require();
        if (!desk.isPublished(storyId)) {
            throw InvalidInput.of("", "Seule une expérience publiée peut être réorientée.");
        }
        requireNetwork(tenantId);
        CaseRouting.reason(reason);
    }

    private void requireNetwork(String tenantId) {
        if (tenantId == null || !tenants.enables(tenantId, ExperiencesPlugin.ID)) {
            throw InvalidInput.of("cas", "Choisissez le cas d'un réseau qui reçoit les expériences.");
        }
    }
}
