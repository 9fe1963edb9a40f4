package org.spplus.plugin.experiences.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.spplus.plugin.experiences.handling.control.Deliveries;
import org.spplus.plugin.experiences.publication.PublicStories;
import org.spplus.plugin.experiences.story.control.AuthorNotices;
import org.spplus.plugin.experiences.story.control.StoryHistory;
import org.spplus.plugin.experiences.story.entity.ModerationOutcome;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryTarget;

/**
 * Publication of a story, in the caller's transaction: its public record, a delivery to the inbox of each
 * concerned entity, its history, the audit trail and the mail to its author.
 */
@ApplicationScoped
public class StoryPublication {

    @Inject
    StoryHistory history;

    @Inject
    PublicStories publicStories;

    @Inject
    Deliveries deliveries;

    @Inject
    org.spplus.plugin.experiences.dashboard.control.ModerationFigures moderationFigures;

    @Inject
    AuthorNotices notices;

    @Inject
    Clock clock;

    /** A moderator's decision to publish (as is or with light corrections). */
    public void publish(Story story, ModerationOutcome outcome, String title, String body, String note, long moderatorId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        story.publish(outcome, title, body, moderatorId, note, now);
        published(story, now);
    }

    /** The author accepted the moderator's rewrite. */
    public void publishAcceptedRewrite(Story story) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        story.acceptRewrite(now);
        published(story, now);
    }

    private void published(Story story, OffsetDateTime now) {
        publicStories.publish(story);
        moderationFigures.decided(story, story.getModerationOutcome().name(), now);
        Set<String> delivered = new LinkedHashSet<>();
        for (StoryTarget target : story.getTargets()) {
            if (delivered.add(target.getTenantId() + "/" + target.getUnitId())) {
                deliveries.request(story.getId(), target.getTenantId(), target.getUnitId(), null, null);
            }
        }
        history.record(story, "PUBLISHED", story.getModerationOutcome().label());
        notices.send(story, "published", story.getModerationOutcome() == ModerationOutcome.LIGHT_CORRECTIONS
                ? notices.text("published.light") : "");
    }
}
