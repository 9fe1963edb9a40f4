package org.spplus.plugin.experiences.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.UserRef;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.control.AuthorNotices;
import org.spplus.plugin.experiences.story.control.StoryHistory;
import org.spplus.plugin.experiences.story.control.FollowTokens;
import org.spplus.plugin.experiences.story.control.StoryChecks;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryContent;
import org.spplus.plugin.experiences.story.entity.StoryStatus;

/**
 * Receives the stories citizens tell: with an account the story is theirs; without one, it waits until the
 * e-mail address is confirmed by the link mailed to it, which then lets them follow it.
 */
@ApplicationScoped
@Transactional
public class StorySubmissions {

    /**
     * What became of a submission.
     *
     * @param storyId     the story
     * @param status      where it stands
     * @param alreadySent true when this submission key had already been received (a double submission)
     */
    public record Submitted(long storyId, StoryStatus status, boolean alreadySent) {
    }

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    StoryChecks checks;

    @Inject
    AuthorNotices notices;

    @Inject
    org.spplus.plugin.experiences.notification.ModeratorNotices moderators;

    @Inject
    StoryHistory history;

    @Inject
    Clock clock;

    /**
     * Submits the story once per submission key (the wizard's own key: sending the same form twice gives
     * one story).
     */
    public Submitted submit(StoryForm form, String submissionKey) {
        EntityManager em = persistence.platform();
        String key = FollowTokens.hash(submissionKey);
        // Two exactly simultaneous sendings of one form: the second waits here until the first's transaction
        // ends, then finds its story (instead of breaking the key's unique constraint).
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "exp_story.submission_key:" + key).getSingleResult();
        // Its id and status only, not the entity: building the story that the first sending has just committed
        // could wait forever on EclipseLink's shared-cache lock for it (SimultaneousSubmissionIT hung in 2 runs of 7).
        Optional<Object[]> existing = em.createQuery("select s.id, s.status from Story s where s.submissionKey = :key",
                Object[].class).setParameter("key", key).getResultStream().findFirst();
        if (existing.isPresent()) {
            return new Submitted(((Number) existing.get()[0]).longValue(), (StoryStatus) existing.get()[1], true);
        }
        Optional<UserRef> author = user.get();
        StoryContent content = checks.complete(form, author.isEmpty());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Story story = new Story(content, key, now);
        if (author.isPresent()) {
            story.byAccount(author.get().accountId());
        } else {
            story.byEmail(form.getEmail().strip());
        }
        em.persist(story);
        em.flush();
        history.record(story, "SUBMITTED", "Réseaux : " + content.targets().stream().map(t -> t.getTenantId())
                .distinct().toList() + ", origine : " + story.getOrigin()
                + (author.isPresent() ? "" : " ; sans compte, en attente de confirmation de l'adresse e-mail"));
        notices.send(story, author.isPresent() ? "submitted.account" : "submitted.email");
        if (story.getStatus().awaitsModeration()) {
            moderators.awaitsModeration(story);
        }
        return new Submitted(story.getId(), story.getStatus(), false);
    }
}
