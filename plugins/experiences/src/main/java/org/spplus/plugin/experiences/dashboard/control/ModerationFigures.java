package org.spplus.plugin.experiences.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryTarget;

/** Counts moderation outcomes per concerned network and month (platform-wide), in the deciding transaction. */
@ApplicationScoped
public class ModerationFigures {

    @Inject
    Persistence persistence;

    public void decided(Story story, String outcome, OffsetDateTime when) {
        story.getTargets().stream().map(StoryTarget::getTenantId).distinct().forEach(tenantId ->
                persistence.platform().createNativeQuery("insert into exp_moderation_figure (tenant_id, month, outcome, value) "
                                + "values (?1, ?2, ?3, 1) on conflict (tenant_id, month, outcome) "
                                + "do update set value = exp_moderation_figure.value + 1")
                        .setParameter(1, tenantId).setParameter(2, Figures.month(when)).setParameter(3, outcome)
                        .executeUpdate());
    }
}
