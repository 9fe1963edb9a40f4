package org.spplus.plugin.experiences.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.handling.control.CaseRouting;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;
import org.spplus.plugin.experiences.handling.entity.StoryCase;

/**
 * The moderation's view of, and moves of, one network's cases of a story: each call runs in a transaction
 * of its own, bound to the network the caller runs it as (see {@code TenantScope}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class StoryRoutingWork {

    /** A network's case of the story, as the moderation sees it. */
    public record NetworkCase(String tenantId, long caseId, long unitId, String unitName, CaseStatus status)
            implements java.io.Serializable {

        public boolean open() {
            return status.isOpen();
        }
    }

    @Inject
    Persistence persistence;

    @Inject
    OrganisationTree tree;

    @Inject
    CaseRouting routing;

    /** The networks the story was delivered to (platform-wide). */
    public List<String> networksOf(long storyId) {
        return persistence.platform().createQuery("select distinct d.tenantId from Delivery d "
                + "where d.storyId = :story and d.deliveredAt is not null order by d.tenantId", String.class)
                .setParameter("story", storyId).getResultList();
    }

    /** The current network's cases of the story. */
    public List<NetworkCase> cases(long storyId) {
        return persistence.tenant().createQuery("select c from StoryCase c where c.storyId = :story order by c.id",
                        StoryCase.class).setParameter("story", storyId).getResultStream()
                .map(c -> new NetworkCase(c.getTenantId(), c.getId(), c.getUnitId(),
                        tree.find(c.getUnitId()).map(OrgUnitView::name).orElse(""), c.getStatus())).toList();
    }

    /** Moves the current network's case of the story to another of its entities, as the moderation. */
    public void move(long storyId, long caseId, long unitId, String reason) {
        routing.move(caseOf(storyId, caseId), unitId, reason, CaseRouting.MODERATION);
    }

    /** Transfers the current network's case of the story to another network, as the moderation. */
    public void transfer(long storyId, long caseId, String toTenantId, String reason) {
        routing.transfer(caseOf(storyId, caseId), toTenantId, reason, CaseRouting.MODERATION, true);
    }

    private StoryCase caseOf(long storyId, long caseId) {
        StoryCase storyCase = persistence.tenant().find(StoryCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (storyCase == null || storyCase.getStoryId() != storyId) {
            throw InvalidInput.of("cas", "Ce cas n'existe pas dans ce réseau pour cette expérience : rechargez la page.");
        }
        return storyCase;
    }
}
