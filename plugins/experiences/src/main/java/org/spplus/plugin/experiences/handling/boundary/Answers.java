package org.spplus.plugin.experiences.handling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.handling.control.CaseAccess;
import org.spplus.plugin.experiences.handling.entity.Answer;
import org.spplus.plugin.experiences.handling.entity.AnswerState;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.publication.PublicAnswers;
import org.spplus.plugin.experiences.story.control.AuthorNotices;
import org.spplus.plugin.experiences.story.entity.Story;

/**
 * The answer workflow, one answer per case (per concerned entity): an agent drafts it (saved at any time),
 * submits it for validation; a manager of the entity publishes it (possibly edited) or sends it back with a
 * comment. Agents named in the network's fast-track setting publish without validation. The answer is
 * published under the entity's name, never an agent's. Two people saving the same answer: the second is told.
 */
@ApplicationScoped
@Transactional
public class Answers {

    public static final int BODY_MAX = 4000;
    public static final int SHORT_MAX = 300;
    public static final int COMMENT_MAX = 2000;

    /** What the agent typed. */
    public record Draft(String body, String courtesy, String signature, String status) implements java.io.Serializable {
    }

    @Inject
    Persistence persistence;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser user;

    @Inject
    CurrentTenant tenant;

    @Inject
    OrganisationTree tree;

    @Inject
    PeopleDirectory people;

    @Inject
    PublicAnswers publicAnswers;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.Figures figures;

    @Inject
    AuthorNotices authors;

    @Inject
    org.spplus.plugin.experiences.notification.StaffNotices staff;

    @Inject
    org.spplus.platform.api.web.PublicLinks links;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Saves the draft; {@code version} is the answer's version the agent started from (-1 for a new one). */
    public long save(long caseId, long version, Draft draft) {
        StoryCase storyCase = access.requireCase(caseId, true);
        Answer answer = editable(storyCase, version);
        Draft checked = check(draft, false, statuses());
        OffsetDateTime now = OffsetDateTime.now(clock);
        answer.edit(checked.body(), checked.courtesy(), checked.signature(), checked.status(), access.accountId(), now);
        if (storyCase.getStatus() == org.spplus.plugin.experiences.handling.entity.CaseStatus.NEW) {
            storyCase.claim(access.accountId(), now);
        }
        persistence.tenant().flush();
        audit.record("experiences.answer.saved", "case", String.valueOf(caseId));
        return answer.getVersion();
    }

    /** Saves and submits for validation; agents on the fast track publish at once. */
    public AnswerState submit(long caseId, long version, Draft draft) {
        StoryCase storyCase = access.requireCase(caseId, true);
        Answer answer = editable(storyCase, version);
        Draft checked = check(draft, true, statuses());
        OffsetDateTime now = OffsetDateTime.now(clock);
        answer.edit(checked.body(), checked.courtesy(), checked.signature(), checked.status(), access.accountId(), now);
        if (access.isOnFastTrack()) {
            publish(storyCase, answer, null, now);
            return AnswerState.PUBLISHED;
        }
        answer.submit(now);
        storyCase.awaitValidation(now);
        audit.record("experiences.answer.submitted", "case", String.valueOf(caseId));
        Story story = persistence.tenant().find(Story.class, storyCase.getStoryId());
        for (Person manager : people.agentsCovering(storyCase.getUnitId(), Roles.MANAGER)) {
            if (manager.accountId() != access.accountId()) {
                staff.tell(manager, "validation", tenant.require().shortName(),
                        links.backOffice(tenant.require().id(), "/experiences/cas?id=" + caseId), story.getPublishedTitle());
            }
        }
        return AnswerState.SUBMITTED;
    }

    /** A manager publishes the submitted answer, with their edits if any. */
    public void approve(long caseId, long version, Draft edited) {
        access.requireManager();
        StoryCase storyCase = access.requireCase(caseId, true);
        Answer answer = submitted(storyCase, version);
        Draft checked = check(edited, true, statuses());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!checked.equals(new Draft(answer.getBody(), answer.getCourtesy(), answer.getSignature(), answer.getAnswerStatus()))) {
            answer.edit(checked.body(), checked.courtesy(), checked.signature(), checked.status(), access.accountId(), now);
        }
        publish(storyCase, answer, access.accountId(), now);
    }

    /** A manager sends the answer back to the agents with a comment. */
    public void sendBack(long caseId, long version, String comment) {
        access.requireManager();
        StoryCase storyCase = access.requireCase(caseId, true);
        Answer answer = submitted(storyCase, version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String note = Inputs.requiredText(problems, "commentaire", comment, COMMENT_MAX,
                "un commentaire pour dire ce qu'il faut reprendre");
        problems.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        answer.sendBack(access.accountId(), note, now);
        storyCase.backInProgress(now);
        audit.record("experiences.answer.sent-back", "case", String.valueOf(caseId), Map.of("commentaire", note));
        if (answer.getDraftedBy() != null && answer.getDraftedBy() != access.accountId()) {
            Story story = persistence.tenant().find(Story.class, storyCase.getStoryId());
            people.account(answer.getDraftedBy()).ifPresent(agent -> staff.tell(agent, "returned",
                    tenant.require().shortName(), links.backOffice(tenant.require().id(), "/experiences/cas?id=" + caseId),
                    story.getPublishedTitle(), note));
        }
    }

    private void publish(StoryCase storyCase, Answer answer, Long reviewerId, OffsetDateTime now) {
        answer.publish(reviewerId, now);
        storyCase.answered(now);
        figures.answered(storyCase);
        figures.closed(storyCase);
        EntityManager em = persistence.tenant();
        Story story = em.find(Story.class, storyCase.getStoryId());
        String unitName = tree.find(storyCase.getUnitId()).orElseThrow().name();
        publicAnswers.publish(story.getId(), tenant.require().id(), storyCase.getId(), unitName,
                tenant.require().name(), answer.getBody(), answer.getCourtesy(), answer.getSignature(), now);
        audit.record("experiences.answer.published", "case", String.valueOf(storyCase.getId()),
                reviewerId == null ? Map.of("validation", "voie rapide") : Map.of());
        authors.send(story, "answered", unitName);
    }

    private Answer editable(StoryCase storyCase, long version) {
        if (!storyCase.getStatus().isOpen()) {
            throw InvalidInput.of("", "Cette expérience a déjà reçu la réponse de cette entité.");
        }
        EntityManager em = persistence.tenant();
        Answer answer = em.createQuery("select a from Answer a where a.caseId = :case", Answer.class)
                .setParameter("case", storyCase.getId()).getResultStream().findFirst().orElse(null);
        if (answer == null) {
            if (version != -1) {
                throw concurrentEdit();
            }
            answer = new Answer(storyCase.getId(), OffsetDateTime.now(clock));
            em.persist(answer);
            return answer;
        }
        if (answer.getVersion() != version) {
            throw concurrentEdit();
        }
        if (!answer.getState().editable()) {
            throw InvalidInput.of("", "La réponse est « " + answer.getState().label().toLowerCase()
                    + " » : elle ne peut plus être modifiée par un agent.");
        }
        return answer;
    }

    private Answer submitted(StoryCase storyCase, long version) {
        Answer answer = persistence.tenant().createQuery("select a from Answer a where a.caseId = :case", Answer.class)
                .setParameter("case", storyCase.getId()).getResultStream().findFirst().orElse(null);
        if (answer == null || answer.getState() != AnswerState.SUBMITTED) {
            throw InvalidInput.of("", "Aucune réponse n'attend de validation pour cette expérience.");
        }
        if (answer.getVersion() != version) {
            throw concurrentEdit();
        }
        return answer;
    }

    private static InvalidInput concurrentEdit() {
        return InvalidInput.of("", "Quelqu'un d'autre a modifié cette réponse pendant que vous la rédigiez : "
                + "vos modifications n'ont pas été enregistrées. Copiez votre texte, rechargez la page, puis reprenez-le.");
    }

    /** The statuses an answer may carry in this network (its setting). */
    public java.util.List<String> statuses() {
        return org.spplus.plugin.experiences.ExperiencesSetting.ANSWER_STATUSES.listIn(
                tenant.pluginSettings(org.spplus.plugin.experiences.ExperiencesPlugin.ID));
    }

    private static Draft check(Draft draft, boolean complete, java.util.List<String> statuses) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String body = Inputs.trimmed(draft.body());
        if (complete) {
            Inputs.requiredText(problems, "reponse", body, BODY_MAX, "le texte de la réponse");
        } else if (body.length() > BODY_MAX) {
            problems.add("reponse", "La réponse ne peut pas dépasser " + BODY_MAX + " caractères (" + body.length()
                    + " actuellement).");
        }
        String courtesy = optional(problems, "politesse", draft.courtesy());
        String signature = optional(problems, "signature", draft.signature());
        String status = optional(problems, "statut", draft.status());
        if (status != null && !statuses.isEmpty() && !statuses.contains(status)) {
            problems.add("statut", "Choisissez le statut de la réponse dans la liste.");
        }
        problems.throwIfAny();
        return new Draft(body, courtesy, signature, status);
    }

    private static String optional(InvalidInput.Collector problems, String field, String value) {
        String text = Inputs.trimmed(value);
        if (text.length() > SHORT_MAX) {
            problems.add(field, "Ce champ ne peut pas dépasser " + SHORT_MAX + " caractères.");
        }
        return text.isEmpty() ? null : text;
    }
}
