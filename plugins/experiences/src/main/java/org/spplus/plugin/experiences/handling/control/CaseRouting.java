package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.handling.entity.Routing;
import org.spplus.plugin.experiences.handling.entity.StoryCase;

/**
 * The one place where a case changes inbox, in the current network's transaction: a move to another entity
 * of the network (down the tree, up to the parent, or anywhere for the moderation), or a transfer to another
 * network (which receives it through a delivery). Every move needs a reason, is recorded as a {@link Routing}
 * (shown on the case page of the receiving inbox), is audited, and tells the receiving inbox's agents.
 * Who may ask for which move is the caller's business (agents: their inboxes; moderators: any case).
 */
@ApplicationScoped
public class CaseRouting {

    public static final int REASON_MAX = 1000;

    /** How a move by the platform's moderation is signed (never a moderator's name). */
    public static final String MODERATION = "Modération";

    @Inject
    Persistence persistence;

    @Inject
    OrganisationTree tree;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantCatalog tenants;

    @Inject
    Deliveries deliveries;

    @Inject
    InboxArrivals arrivals;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.Figures figures;

    /** The reason of a move, checked (required, at most {@value #REASON_MAX} characters) and trimmed. */
    public static String reason(String reason) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String why = Inputs.requiredText(problems, "motif", reason, REASON_MAX, "le motif de la réorientation");
        problems.throwIfAny();
        return why;
    }

    /** Refuses a case that is answered or transferred. */
    public static void requireOpen(StoryCase storyCase) {
        if (!storyCase.getStatus().isOpen()) {
            throw InvalidInput.of("", "Cette expérience est « " + storyCase.getStatus().label().toLowerCase()
                    + " » : elle ne peut plus être réorientée ni prise en charge.");
        }
    }

    /**
     * Moves the case to another open entity of its network.
     *
     * @param actor who moved it, as the routing shows it
     */
    public void move(StoryCase storyCase, long unitId, String reason, String actor) {
        requireOpen(storyCase);
        String why = reason(reason);
        Optional<OrgUnitView> target = tree.find(unitId);
        if (target.isEmpty() || !target.get().open()) {
            throw InvalidInput.of("entite", "Choisissez une entité ouverte du réseau.");
        }
        if (unitId == storyCase.getUnitId()) {
            throw InvalidInput.of("entite", "L'expérience est déjà dans la bannette de « " + target.get().name()
                    + " » : choisissez une autre entité.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long from = storyCase.getUnitId();
        storyCase.moveTo(unitId, now);
        figures.moved(from, unitId);
        persistence.tenant().persist(new Routing(storyCase.getId(), from, unitId, null, why, actor, now));
        audit.record("experiences.case.moved", "case", String.valueOf(storyCase.getId()),
                Map.of("de", from, "vers", unitId, "motif", why, "par", actor));
        arrivals.tell(storyCase, target.get());
    }

    /** Sends the case up to the inbox of its entity's parent (N+1). */
    public void moveUp(StoryCase storyCase, String reason, String actor) {
        requireOpen(storyCase);
        OrgUnitView unit = tree.find(storyCase.getUnitId()).orElseThrow();
        if (unit.parentId() == null) {
            throw InvalidInput.of("", "Cette bannette est celle de l'entité nationale : il n'y a pas d'échelon "
                    + "au-dessus. Pour un autre réseau, utilisez le transfert.");
        }
        move(storyCase, tree.inboxHolder(unit.parentId()).id(), reason, actor);
    }

    /**
     * Transfers the case to another network, which receives it in its national inbox (after the commit).
     *
     * @param byModeration whether the platform's moderation transferred it (the receiver is told so)
     */
    public void transfer(StoryCase storyCase, String tenantId, String reason, String actor, boolean byModeration) {
        requireOpen(storyCase);
        String why = reason(reason);
        String me = tenant.require().id();
        if (tenantId == null || tenantId.equals(me) || !tenants.enables(tenantId, ExperiencesPlugin.ID)) {
            throw InvalidInput.of("reseau", "Choisissez un autre réseau qui reçoit les expériences.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        storyCase.transferred(now);
        figures.closed(storyCase);
        persistence.tenant().persist(new Routing(storyCase.getId(), storyCase.getUnitId(), null, tenantId, why,
                actor, now));
        deliveries.request(storyCase.getStoryId(), tenantId, null, me, why, byModeration ? MODERATION : null);
        audit.record("experiences.case.transferred", "case", String.valueOf(storyCase.getId()),
                Map.of("versReseau", tenantId, "motif", why, "par", actor));
    }
}
