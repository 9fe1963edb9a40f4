package org.spplus.plugin.experiences.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.persistence.PlatformStatements;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.control.FollowTokens;

/**
 * Keeps what a person typed in the wizard, server-side, under a random key their browser holds: a reload,
 * a session timeout or a closed tab loses nothing. Drafts untouched for {@value #KEEP_DAYS} days are deleted.
 * A draft is one platform-wide row written at every step: read and written by single statements that commit by
 * themselves ({@link PlatformStatements}), with no transaction of their own.
 */
@ApplicationScoped
public class StoryDrafts {

    public static final int KEEP_DAYS = 30;
    /** What a person is told when a step is sent without its draft (the browser refuses the cookie). */
    public static final String NOT_FOUND = "Nous n'avons pas retrouvé votre brouillon : votre navigateur refuse peut-être "
            + "les cookies de ce site. Autorisez-les pour que votre récit soit gardé d'une étape à l'autre, puis recommencez.";
    private static final Logger LOG = Logger.getLogger(StoryDrafts.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PlatformStatements statements;

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

    /**
     * A draft a request works on.
     *
     * @param key   its key (the browser's, or a new one to give it)
     * @param form  what was typed
     * @param isNew true when the key is new: the browser must be given it
     * @param found true when the browser's draft was found
     */
    public record Opened(String key, StoryForm form, boolean isNew, boolean found) {
    }

    /**
     * The draft under the browser's key: on a first visit ({@code continuing} false), the one left unsent,
     * else a new one (a story sent from this browser is forgotten: the next one starts afresh); on a form sent
     * from the wizard, the draft as it was, or a new one under the same key when it is not found.
     */
    public Opened open(String browserKey, boolean continuing) {
        Optional<StoryForm> saved = load(browserKey);
        Opened opened;
        if (saved.isPresent() && (continuing || !saved.get().isSent())) {
            opened = new Opened(browserKey, saved.get(), false, true);
        } else {
            if (saved.isPresent()) {
                discard(browserKey);
            }
            String key = continuing && FollowTokens.looksLikeKey(browserKey) ? browserKey : FollowTokens.newKey();
            opened = new Opened(key, new StoryForm(), !key.equals(browserKey), false);
        }
        if (opened.form().getProgress().getSubmissionKey() == null) {
            opened.form().getProgress().setSubmissionKey(FollowTokens.newKey());
        }
        return opened;
    }

    public Optional<StoryForm> load(String key) {
        if (!FollowTokens.looksLikeKey(key)) {
            return Optional.empty();
        }
        List<Object[]> payload = statements.rows("select payload from exp_draft where key_hash = ?",
                List.of(FollowTokens.hash(key)));
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.fromJson((String) payload.get(0)[0], StoryForm.class));
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
        Long account = user.get().map(u -> u.accountId()).orElse(null);
        statements.update("insert into exp_draft (key_hash, account_id, payload, updated_at) values (?, ?, ?, ?) "
                + "on conflict (key_hash) do update set payload = excluded.payload, "
                + "account_id = coalesce(excluded.account_id, exp_draft.account_id), updated_at = excluded.updated_at",
                Arrays.asList(FollowTokens.hash(key), account, JSON.toJson(form), OffsetDateTime.now(clock)));
    }

    public void discard(String key) {
        if (FollowTokens.looksLikeKey(key)) {
            statements.update("delete from exp_draft where key_hash = ?", List.of(FollowTokens.hash(key)));
        }
    }

    public int purgeOld() {
        return statements.update("delete from exp_draft where updated_at < ?", List.of(OffsetDateTime.now(clock).minusDays(KEEP_DAYS)));
    }
}
