package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.plugin.experiences.handling.entity.Delivery;
import org.spplus.plugin.experiences.handling.entity.Routing;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.publication.PublicStories;
import org.spplus.plugin.experiences.story.entity.Story;

/** One delivery, in a transaction of its own bound to the receiving network. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryWork {

    /** A delivery waiting to be carried out. */
    public record Pending(long id, String tenantId, long storyId) {
    }

    @Inject
    Persistence persistence;

    @Inject
    OrganisationTree tree;

    @Inject
    CurrentTenant tenant;

    @Inject
    InboxArrivals arrivals;

    @Inject
    AuditLog audit;

    @Inject
    PublicStories publicStories;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.Figures figures;

    @Inject
    Clock clock;

    public List<Pending> pending(int maxAttempts) {
        return persistence.platform().createQuery("select d from Delivery d where d.deliveredAt is null "
                        + "and d.attempts < :max order by d.id", Delivery.class)
                .setParameter("max", maxAttempts).setMaxResults(500).getResultStream()
                .map(d -> new Pending(d.getId(), d.getTenantId(), d.getStoryId())).toList();
    }

    /** Puts the story in the inbox of the chosen entity (or of its nearest open ancestor, or of the root). */
    public void deliver(long deliveryId) {
        EntityManager em = persistence.tenant();
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || delivery.getDeliveredAt() != null
                || !delivery.getTenantId().equals(tenant.require().id())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OrgUnitView inbox = delivery.getUnitId() != null && tree.find(delivery.getUnitId()).isPresent()
                ? tree.inboxHolder(delivery.getUnitId())
                : tree.root().orElseThrow(() -> new IllegalStateException("The network has no organisation tree"));
        boolean alreadyThere = !em.createQuery("select c.id from StoryCase c where c.storyId = :story "
                        + "and c.unitId = :unit", Long.class)
                .setParameter("story", delivery.getStoryId()).setParameter("unit", inbox.id()).getResultList().isEmpty();
        if (!alreadyThere) {
            int days = arrivals.answerTargetDays();
            StoryCase storyCase = new StoryCase(delivery.getStoryId(), inbox.id(), now, now.plusDays(days));
            em.persist(storyCase);
            em.flush();
            figures.received(storyCase, em.find(Story.class, delivery.getStoryId()));
            figures.opened(storyCase);
            if (delivery.getFromTenantId() != null) {
                Story story = em.find(Story.class, delivery.getStoryId());
                publicStories.addNetwork(story.getId(), tenant.require().id(), story.getPublishedAt());
                em.persist(new Routing(storyCase.getId(), null, inbox.id(), null,
                        (delivery.getSentBy() == null ? "Transférée par le réseau " + delivery.getFromTenantId()
                                : "Transférée depuis le réseau " + delivery.getFromTenantId() + " ("
                                + delivery.getSentBy() + ")")
                                + (delivery.getReason() == null ? "" : " : " + delivery.getReason()),
                        delivery.getSentBy() == null ? "système" : delivery.getSentBy(), now));
            }
            audit.record("experiences.case.received", "case", storyCase.getId().toString(),
                    Map.of("experience", delivery.getStoryId(), "bannette", inbox.code()));
            arrivals.tell(storyCase, inbox);
        }
        delivery.delivered(now);
    }

    /** Records a failed attempt (in its own transaction: the delivery's own rolled back). */
    public void failed(long deliveryId, String error) {
        Delivery delivery = persistence.platform().find(Delivery.class, deliveryId);
        if (delivery != null) {
            delivery.failed(error);
        }
    }
}
