package org.spplus.plugin.experiences.handling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.handling.control.CaseAccess;
import org.spplus.plugin.experiences.handling.control.CaseNotFoundException;
import org.spplus.plugin.experiences.handling.entity.ActionStatus;
import org.spplus.plugin.experiences.handling.entity.ImprovementAction;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.publication.PublicActions;
import org.spplus.plugin.experiences.story.entity.StoryStatus;

/**
 * Improvement actions: an agent records what was done or is planned because of a story; a manager
 * validates it (agents on the fast track publish at once); it is then public, on the story and in the
 * network's list of actions. A published action's status can still move from planned to done.
 */
@ApplicationScoped
@Transactional
public class ImprovementActions {

    public static final int DESCRIPTION_MAX = 2000;

    @Inject
    Persistence persistence;

    @Inject
    CaseAccess access;

    @Inject
    CurrentTenant tenant;

    @Inject
    OrganisationTree tree;

    @Inject
    PublicActions publicActions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ImprovementAction> ofCase(long caseId) {
        access.requireCase(caseId, false);
        return persistence.tenant().createQuery("select a from ImprovementAction a where a.caseId = :case "
                + "order by a.id", ImprovementAction.class).setParameter("case", caseId).getResultList();
    }

    /** Records an action; returns it published at once for agents on the fast track. */
    public ImprovementAction record(long caseId, String description, String status, LocalDate date) {
        StoryCase storyCase = access.requireCase(caseId, true);
        if (persistence.tenant().find(org.spplus.plugin.experiences.story.entity.Story.class, storyCase.getStoryId())
                .getStatus() != StoryStatus.PUBLISHED) {
            throw InvalidInput.of("", "Cette expérience n'est plus publiée : aucune action ne peut y être ajoutée.");
        }
        Checked checked = check(description, status, date);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ImprovementAction action = new ImprovementAction(storyCase, checked.description(), checked.status(),
                checked.date(), access.accountId(), now);
        persistence.tenant().persist(action);
        persistence.tenant().flush();
        audit.record("experiences.action.recorded", "action", action.getId().toString(),
                Map.of("cas", caseId, "statut", checked.status().name()));
        if (access.isOnFastTrack()) {
            publish(action, null, now);
        }
        return action;
    }

    /** A manager publishes a submitted action. */
    public void approve(long actionId, long version) {
        access.requireManager();
        ImprovementAction action = submitted(actionId, version);
        publish(action, access.accountId(), OffsetDateTime.now(clock));
    }

    public void sendBack(long actionId, long version, String comment) {
        access.requireManager();
        ImprovementAction action = submitted(actionId, version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String note = Inputs.requiredText(problems, "commentaire-action", comment, Answers.COMMENT_MAX,
                "un commentaire pour dire ce qu'il faut reprendre");
        problems.throwIfAny();
        action.sendBack(access.accountId(), note, OffsetDateTime.now(clock));
        audit.record("experiences.action.sent-back", "action", String.valueOf(actionId), Map.of("commentaire", note));
    }

    /** Marks an action done (published or not): its public record follows. */
    public void markDone(long actionId, long version, LocalDate date) {
        ImprovementAction action = mine(actionId, version);
        OffsetDateTime now = OffsetDateTime.now(clock);
        action.edit(action.getDescription(), ActionStatus.DONE, date == null ? LocalDate.now(clock) : date, now);
        if (action.getState() == ImprovementAction.State.PUBLISHED) {
            writePublic(action);
        }
        audit.record("experiences.action.done", "action", String.valueOf(actionId));
    }

    private void publish(ImprovementAction action, Long reviewerId, OffsetDateTime now) {
        action.publish(reviewerId, now);
        writePublic(action);
        audit.record("experiences.action.published", "action", action.getId().toString(),
                reviewerId == null ? Map.of("validation", "voie rapide") : Map.of());
    }

    private void writePublic(ImprovementAction action) {
        publicActions.publish(action.getId(), action.getStoryId(), tenant.require().id(),
                tree.find(action.getUnitId()).orElseThrow().name(), tenant.require().name(), action.getDescription(),
                action.getStatus().name(), action.getActionDate(), action.getPublishedAt());
    }

    private ImprovementAction submitted(long actionId, long version) {
        ImprovementAction action = mine(actionId, version);
        if (action.getState() != ImprovementAction.State.SUBMITTED) {
            throw InvalidInput.of("", "Cette action n'attend pas de validation.");
        }
        return action;
    }

    private ImprovementAction mine(long actionId, long version) {
        EntityManager em = persistence.tenant();
        ImprovementAction action = em.find(ImprovementAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new CaseNotFoundException();
        }
        access.requireCase(action.getCaseId(), false);
        if (action.getVersion() != version) {
            throw InvalidInput.of("", "Cette action vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
        }
        return action;
    }

    private record Checked(String description, ActionStatus status, LocalDate date) {
    }

    private Checked check(String description, String status, LocalDate date) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String text = Inputs.requiredText(problems, "action", description, DESCRIPTION_MAX, "la description de l'action");
        ActionStatus chosen = null;
        try {
            chosen = ActionStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("statut-action", "Indiquez si l'action est prévue ou réalisée.");
        }
        if (chosen == ActionStatus.DONE && date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add("date-action", "Une action réalisée ne peut pas avoir une date future.");
        }
        problems.throwIfAny();
        return new Checked(text, chosen, date);
    }
}
