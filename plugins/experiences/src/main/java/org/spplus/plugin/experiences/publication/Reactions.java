package org.spplus.plugin.experiences.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.story.control.FollowTokens;

/** What any visitor may say about a published story: "j'ai vécu une expérience similaire", once per browser. */
@ApplicationScoped
@Transactional
public class Reactions {

    @Inject
    Persistence persistence;

    @Inject
    Clock clock;

    /**
     * Counts the browser's "similar experience" once.
     *
     * @param browserKey the random key the browser keeps in a cookie
     * @return true if it was counted now, false if this browser had already said so (or no such story)
     */
    public boolean similar(long storyId, String browserKey) {
        if (!FollowTokens.looksLikeKey(browserKey)) {
            return false;
        }
        EntityManager em = persistence.platform();
        int inserted = em.createNativeQuery("insert into exp_similar_vote (story_id, voter_hash, created_at) "
                        + "select story_id, ?2, ?3 from exp_public_story where story_id = ?1 on conflict do nothing")
                .setParameter(1, storyId).setParameter(2, FollowTokens.hash(browserKey))
                .setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        em.createNativeQuery("update exp_public_story set similar_count = similar_count + 1 where story_id = ?1")
                .setParameter(1, storyId).executeUpdate();
        return true;
    }

    /** Whether this browser already said so. */
    public boolean alreadySaidSimilar(long storyId, String browserKey) {
        if (!FollowTokens.looksLikeKey(browserKey)) {
            return false;
        }
        return !persistence.platform().createNativeQuery("select 1 from exp_similar_vote where story_id = ?1 "
                        + "and voter_hash = ?2").setParameter(1, storyId)
                .setParameter(2, FollowTokens.hash(browserKey)).getResultList().isEmpty();
    }
}
