package org.spplus.plugin.experiences.story.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryEvent;

/** A story's history (what its author and the moderators see) and the audit trail, written together. */
@ApplicationScoped
public class StoryHistory {

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Records a step, such as {@code "PUBLISHED"}, with optional details in words. */
    public void record(Story story, String kind, String details) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        persistence.platform().persist(new StoryEvent(story.getId(), now, kind, user.actorName(), details));
        audit.record("experiences.story." + kind.toLowerCase().replace('_', '-'), "story", story.getId().toString(),
                details == null ? Map.of() : Map.of("detail", details));
    }
}
