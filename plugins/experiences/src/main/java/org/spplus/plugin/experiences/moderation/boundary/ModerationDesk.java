package org.spplus.plugin.experiences.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.moderation.control.ModeratorCheck;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.moderation.detection.Finding;
import org.spplus.plugin.experiences.moderation.control.StoryPublication;
import org.spplus.plugin.experiences.moderation.detection.SensitiveContentDetector;
import org.spplus.plugin.experiences.story.control.AuthorNotices;
import org.spplus.plugin.experiences.story.control.StoryHistory;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.control.StoryChecks;
import org.spplus.plugin.experiences.story.entity.ModerationOutcome;
import org.spplus.plugin.experiences.story.entity.RejectionReason;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryStatus;
import org.spplus.plugin.experiences.story.entity.StoryTarget;

/**
 * The platform moderators' desk (the third party of the seeds): the queue of submitted stories, oldest
 * first, and the four decisions: publish as is, publish with light corrections, propose a rewrite (published
 * once the author agrees), reject with a reason. Publishing writes the public record and delivers the story
 * to the inbox of every concerned entity. Detection of personal data and insults only assists: it never
 * publishes nor changes anything by itself.
 */
@ApplicationScoped
@Transactional
public class ModerationDesk {

    public static final int MESSAGE_MAX = 2000;

    /** A story in the queue. */
    public record QueueItem(long id, String title, String excerpt, Feeling feeling, List<String> networks,
                            OffsetDateTime submittedAt, StoryStatus status, int findings) {
    }

    /** A story under review, with what the detection found in its title and text. */
    public record Review(Story story, List<Finding> titleFindings, List<Finding> bodyFindings) {
    }

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    ModeratorCheck moderators;

    @Inject
    SensitiveContentDetector detector;

    @Inject
    AuthorNotices notices;

    @Inject
    StoryPublication publication;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.ModerationFigures moderationFigures;

    @Inject
    StoryHistory history;

    @Inject
    Clock clock;

    /**
     * The stories waiting for a decision, oldest first; with {@code withRewrites}, also those waiting for
     * their author's agreement to a rewrite.
     *
     * @param network only stories concerning this network (null for all)
     */
    public List<QueueItem> queue(String network, boolean withRewrites, int limit) {
        moderators.require();
        EntityManager em = persistence.platform();
        String jpql = "select s from Story s where s.status in :statuses"
                + (network == null ? "" : " and s.id in (select t.id from Story t join t.targets g "
                + "where g.tenantId = :network)") + " order by s.submittedAt, s.id";
        TypedQuery<Story> query = em.createQuery(jpql, Story.class)
                .setParameter("statuses", withRewrites ? List.of(StoryStatus.SUBMITTED, StoryStatus.REWRITE_PROPOSED)
                        : List.of(StoryStatus.SUBMITTED))
                .setMaxResults(limit);
        if (network != null) {
            query.setParameter("network", network);
        }
        return query.getResultStream().map(s -> new QueueItem(s.getId(), s.getTitle(), excerpt(s.getBody()),
                s.getFeeling(), s.getTargets().stream().map(StoryTarget::getTenantId).distinct().toList(),
                s.getSubmittedAt(), s.getStatus(),
                detector.detect(s.getTitle()).size() + detector.detect(s.getBody()).size())).toList();
    }

    public Optional<Review> review(long storyId) {
        moderators.require();
        Story story = persistence.platform().find(Story.class, storyId);
        if (story == null || story.getStatus() == StoryStatus.AWAITING_EMAIL) {
            return Optional.empty();
        }
        return Optional.of(new Review(story, detector.detect(story.getTitle()), detector.detect(story.getBody())));
    }

    /** Whether the story is published (only then do networks hold cases of it). */
    public boolean isPublished(long storyId) {
        moderators.require();
        Story story = persistence.platform().find(Story.class, storyId);
        return story != null && story.getStatus() == StoryStatus.PUBLISHED;
    }

    public List<RejectionReason> rejectionReasons() {
        return persistence.platform().createQuery("select r from RejectionReason r where r.active = true "
                + "order by r.position", RejectionReason.class).getResultList();
    }

    public void publishAsIs(long storyId, long version) {
        Story story = lockedForDecision(storyId, version);
        publish(story, ModerationOutcome.AS_IS, story.getTitle(), story.getBody(), null);
    }

    /** Publishes with light corrections (spelling, syntax, personal data removed); the author sees the difference. */
    public void publishCorrected(long storyId, long version, String title, String body, String message) {
        Story story = lockedForDecision(storyId, version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String newTitle = Inputs.requiredText(problems, "titre", title, StoryChecks.TITLE_MAX, "le titre");
        String newBody = Inputs.requiredText(problems, "recit", body, StoryChecks.BODY_MAX, "le récit");
        String note = optionalMessage(problems, message);
        if (!problems.has("titre") && !problems.has("recit") && newTitle.equals(story.getTitle())
                && newBody.equals(story.getBody())) {
            problems.add("recit", "Le texte n'a pas été corrigé : choisissez « Publier tel quel » ou corrigez-le.");
        }
        problems.throwIfAny();
        publish(story, ModerationOutcome.LIGHT_CORRECTIONS, newTitle, newBody, note);
    }

    /** Proposes a rewrite: the story is published only once its author accepts it. */
    public void proposeRewrite(long storyId, long version, String title, String body, String message) {
        Story story = lockedForDecision(storyId, version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String newTitle = Inputs.requiredText(problems, "titre", title, StoryChecks.TITLE_MAX, "le titre");
        String newBody = Inputs.requiredText(problems, "recit", body, StoryChecks.BODY_MAX, "le récit réécrit");
        String note = Inputs.requiredText(problems, "message", message, MESSAGE_MAX,
                "un message à l'auteur expliquant la réécriture");
        problems.throwIfAny();
        story.proposeRewrite(newTitle, newBody, moderatorId(), note, OffsetDateTime.now(clock));
        history.record(story, "REWRITE_PROPOSED", note);
        notices.send(story, "rewrite", note);
    }

    public void reject(long storyId, long version, String reasonCode, String message) {
        Story story = lockedForDecision(storyId, version);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        RejectionReason reason = reasonCode == null ? null
                : persistence.platform().find(RejectionReason.class, reasonCode);
        if (reason == null || !reason.isActive()) {
            problems.add("motif", "Choisissez le motif du rejet dans la liste.");
        }
        String note = Inputs.requiredText(problems, "message", message, MESSAGE_MAX,
                "un message à l'auteur expliquant le rejet");
        problems.throwIfAny();
        story.reject(reason.getCode(), moderatorId(), note, OffsetDateTime.now(clock));
        moderationFigures.decided(story, "REJECTED", story.getModeratedAt());
        history.record(story, "REJECTED", reason.getLabel());
        notices.send(story, "rejected", reason.getLabel(), note);
    }

    private void publish(Story story, ModerationOutcome outcome, String title, String body, String note) {
        publication.publish(story, outcome, title, body, note, moderatorId());
    }

    private Story lockedForDecision(long storyId, long version) {
        moderators.require();
        Story story = persistence.platform().find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (story == null) {
            throw new InvalidInput(Map.of("", "Cette expérience n'existe pas."));
        }
        if (story.getVersion() != version || !story.getStatus().awaitsModeration()) {
            throw new InvalidInput(Map.of("", "Cette expérience vient d'être traitée par un autre modérateur "
                    + "(elle est « " + story.getStatus().label().toLowerCase() + " ») : rechargez la file."));
        }
        return story;
    }

    private static String optionalMessage(InvalidInput.Collector problems, String message) {
        String note = Inputs.trimmed(message);
        if (note.length() > MESSAGE_MAX) {
            problems.add("message", "Le message ne peut pas dépasser " + MESSAGE_MAX + " caractères.");
        }
        return note.isEmpty() ? null : note;
    }

    private long moderatorId() {
        return user.get().orElseThrow(AuthenticationRequiredException::new).accountId();
    }


    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 197) + "…";
    }
}
