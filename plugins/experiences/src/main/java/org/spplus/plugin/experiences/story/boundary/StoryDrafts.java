package org.spplus.plugin.experiences.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.control.FollowTokens;

/**
 * Keeps what a person typed in the wizard, server-side, under a random key their browser holds: a reload,
 * a session timeout or a closed tab loses nothing. Drafts untouched for {@value #KEEP_DAYS} days are deleted.
 */
@ApplicationScoped
@Transactional
public class StoryDrafts {

    public static final int KEEP_DAYS = 30;
    private static final Logger LOG = Logger.getLogger(StoryDrafts.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Clock clock;

    void schedule(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                  Object started) {
        jobs.every("experiences.drafts.purge", Duration.ofHours(6), this::purgeOld);
    }

    public Optional<StoryForm> load(String key) {
        if (!FollowTokens.looksLikeKey(key)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> payload = persistence.platform().createNativeQuery("select payload from exp_draft where key_hash = ?1")
                .setParameter(1, FollowTokens.hash(key)).getResultList();
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.fromJson(payload.get(0), StoryForm.class));
        } catch (JsonbException e) {
            LOG.warning(() -> "Unreadable draft ignored: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps the form under its key, in one statement (a draft is written at every step and while typing). */
    public void save(String key, StoryForm form) {
        if (!FollowTokens.looksLikeKey(key)) {
            return;
        }
        persistence.platform().createNativeQuery("insert into exp_draft (key_hash, account_id, payload, updated_at) "
                        + "values (?1, cast(?2 as bigint), ?3, ?4) on conflict (key_hash) do update set payload = excluded.payload, "
                        + "account_id = coalesce(excluded.account_id, exp_draft.account_id), updated_at = excluded.updated_at")
                .setParameter(1, FollowTokens.hash(key)).setParameter(2, user.get().map(u -> u.accountId()).orElse(null))
                .setParameter(3, JSON.toJson(form)).setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
    }

    public void discard(String key) {
        if (FollowTokens.looksLikeKey(key)) {
            persistence.platform().createNativeQuery("delete from exp_draft where key_hash = ?1")
                    .setParameter(1, FollowTokens.hash(key)).executeUpdate();
        }
    }

    public int purgeOld() {
        return persistence.platform().createNativeQuery("delete from exp_draft where updated_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minusDays(KEEP_DAYS)).executeUpdate();
    }
}
