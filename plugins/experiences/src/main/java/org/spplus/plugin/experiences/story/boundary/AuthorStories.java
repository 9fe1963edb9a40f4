package org.spplus.plugin.experiences.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.AccountErased;
import org.spplus.platform.api.security.Contribution;
import org.spplus.platform.api.security.ContributionSource;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.plugin.experiences.moderation.control.StoryPublication;
import org.spplus.plugin.experiences.story.control.AuthorNotices;
import org.spplus.plugin.experiences.story.control.StoryHistory;
import org.spplus.plugin.experiences.story.control.FollowTokens;
import org.spplus.plugin.experiences.story.entity.FollowKey;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryEvent;
import org.spplus.plugin.experiences.story.entity.StoryStatus;

/**
 * What an author does with their own stories: follow them (with their account, or with the link mailed to
 * a story told without one), confirm the e-mail address, accept or refuse a moderator's rewrite. A story is
 * reached only through its author's account or a valid key: nobody acts on someone else's story.
 */
@ApplicationScoped
@Transactional
public class AuthorStories implements ContributionSource {

    /** How the author reaches a story: the key of a mailed link, or a story id with their account. */
    public record Access(String key, Long storyId) implements java.io.Serializable {
        public static Access byKey(String key) {
            return new Access(key, null);
        }

        public static Access byAccount(long storyId) {
            return new Access(null, storyId);
        }
    }

    /** A story as its author follows it, with its history. */
    public record AuthorView(Story story, List<StoryEvent> events) {
    }

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    AuthorNotices notices;

    @Inject
    StoryPublication publication;

    @Inject
    StoryHistory history;

    @Inject
    org.spplus.plugin.experiences.notification.ModeratorNotices moderators;

    @Inject
    org.spplus.platform.api.tenant.TenantScope tenantScope;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.RatingFigures ratingFigures;

    @Inject
    Clock clock;

    public Optional<AuthorView> view(Access access) {
        return find(access, false).map(s -> new AuthorView(s, events(s.getId())));
    }

    /** The signed-in person's stories, newest first. */
    public List<Story> mine() {
        Optional<Long> me = user.get().map(u -> u.accountId());
        if (me.isEmpty()) {
            return List.of();
        }
        return persistence.platform().createQuery("select s from Story s where s.authorAccountId = :me "
                + "order by s.submittedAt desc, s.id desc", Story.class).setParameter("me", me.get()).getResultList();
    }

    /** The author confirms the address of a story told without an account: it goes to moderation. */
    public StoryStatus confirmEmail(Access access) {
        Story story = find(access, true).orElseThrow(AuthorRefusals::unknownStory);
        if (story.confirmEmail(OffsetDateTime.now(clock))) {
            history.record(story, "EMAIL_CONFIRMED", null);
            moderators.awaitsModeration(story);
        }
        return story.getStatus();
    }

    public void acceptRewrite(Access access) {
        Story story = find(access, true).orElseThrow(AuthorRefusals::unknownStory);
        requireRewrite(story);
        history.record(story, "REWRITE_ACCEPTED", null);
        publication.publishAcceptedRewrite(story);
    }

    public void refuseRewrite(Access access) {
        Story story = find(access, true).orElseThrow(AuthorRefusals::unknownStory);
        requireRewrite(story);
        story.refuseRewrite(OffsetDateTime.now(clock));
        history.record(story, "REWRITE_REFUSED", "L'auteur a refusé la réécriture : l'expérience n'est pas publiée.");
    }

    /** The author says whether an answer to their story was useful (they may change their mind). */
    public void rate(Access access, long answerId, boolean useful) {
        Story story = find(access, true).orElseThrow(AuthorRefusals::unknownStory);
        List<?> before = persistence.platform().createNativeQuery("select tenant_id, case_id, useful from "
                        + "exp_public_answer where id = ?1 and story_id = ?2")
                .setParameter(1, answerId).setParameter(2, story.getId()).getResultList();
        int updated = persistence.platform().createNativeQuery("update exp_public_answer set useful = ?1, "
                        + "rated_at = ?2 where id = ?3 and story_id = ?4")
                .setParameter(1, useful).setParameter(2, OffsetDateTime.now(clock)).setParameter(3, answerId)
                .setParameter(4, story.getId()).executeUpdate();
        if (updated == 0) {
            throw new InvalidInput(Map.of("", "Cette réponse n'est pas une réponse à votre expérience."));
        }
        history.record(story, "ANSWER_RATED", useful ? "Réponse jugée utile" : "Réponse jugée pas utile");
        Object[] answer = (Object[]) before.get(0);
        tenantScope.runAs((String) answer[0], () -> ratingFigures.rated(((Number) answer[1]).longValue(), useful,
                (Boolean) answer[2]));
    }

    @Override
    public List<Contribution> contributionsOf(long accountId) {
        return persistence.platform().createQuery("select s from Story s where s.authorAccountId = :account "
                        + "order by s.submittedAt desc", Story.class).setParameter("account", accountId)
                .getResultStream().map(s -> new Contribution("Expérience", s.getTitle(), s.getStatus().label(),
                        s.getSubmittedAt(), AuthorNotices.ACCOUNT_PATH + s.getId())).toList();
    }

    /** The author's account is erased: their stories forget them; what was published stays, as "un usager". */
    void forget(@Observes AccountErased erased) {
        EntityManager em = persistence.platform();
        for (Story story : em.createQuery("select s from Story s where s.authorAccountId = :account", Story.class)
                .setParameter("account", erased.accountId()).getResultList()) {
            story.forgetAuthor();
        }
    }

    private Optional<Story> find(Access access, boolean forUpdate) {
        EntityManager em = persistence.platform();
        Long storyId;
        if (access.key() != null) {
            if (!FollowTokens.looksLikeKey(access.key())) {
                return Optional.empty();
            }
            FollowKey key = em.find(FollowKey.class, FollowTokens.hash(access.key()));
            if (key == null) {
                return Optional.empty();
            }
            storyId = key.getStoryId();
        } else {
            storyId = access.storyId();
        }
        if (storyId == null) {
            return Optional.empty();
        }
        Story story = forUpdate ? em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Story.class, storyId);
        if (story == null) {
            return Optional.empty();
        }
        if (access.key() == null) {
            Optional<Long> me = user.get().map(u -> u.accountId());
            if (me.isEmpty() || !me.get().equals(story.getAuthorAccountId())) {
                return Optional.empty(); // someone else's story: as if it did not exist
            }
        }
        return Optional.of(story);
    }

    private List<StoryEvent> events(long storyId) {
        return persistence.platform().createQuery("select e from StoryEvent e where e.storyId = :story "
                + "order by e.occurredAt, e.id", StoryEvent.class).setParameter("story", storyId).getResultList();
    }

    private static void requireRewrite(Story story) {
        if (story.getStatus() != StoryStatus.REWRITE_PROPOSED) {
            throw new InvalidInput(Map.of("", "Aucune réécriture n'attend votre accord pour cette expérience "
                    + "(elle est « " + story.getStatus().label().toLowerCase() + " »)."));
        }
    }
}
