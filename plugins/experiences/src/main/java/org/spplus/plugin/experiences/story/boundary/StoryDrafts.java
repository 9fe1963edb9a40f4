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
import java.util.Optional;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.control.FollowTokens;
import org.spplus.plugin.experiences.story.entity.Draft;

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
        Draft draft = persistence.platform().find(Draft.class, FollowTokens.hash(key));
        if (draft == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.fromJson(draft.getPayload(), StoryForm.class));
        } catch (JsonbException e) {
            LOG.warning(() -> "Unreadable draft ignored: " + e.getMessage());
            return Optional.empty();
        }
    }

    public void save(String key, StoryForm form) {
        if (!FollowTokens.looksLikeKey(key)) {
            return;
        }
        String hash = FollowTokens.hash(key);
        Draft draft = persistence.platform().find(Draft.class, hash);
        if (draft == null) {
            draft = new Draft(hash);
            draft.update(JSON.toJson(form), user.get().map(u -> u.accountId()).orElse(null), OffsetDateTime.now(clock));
            persistence.platform().persist(draft);
        } else {
            draft.update(JSON.toJson(form), user.get().map(u -> u.accountId()).orElse(null), OffsetDateTime.now(clock));
        }
    }

    public void discard(String key) {
        if (FollowTokens.looksLikeKey(key)) {
            Draft draft = persistence.platform().find(Draft.class, FollowTokens.hash(key));
            if (draft != null) {
                persistence.platform().remove(draft);
            }
        }
    }

    public int purgeOld() {
        return persistence.platform().createQuery("delete from Draft d where d.updatedAt < :limit")
                .setParameter("limit", OffsetDateTime.now(clock).minusDays(KEEP_DAYS)).executeUpdate();
    }
}
