package org.spplus.plugin.experiences.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;
import org.spplus.plugin.experiences.story.entity.StoryTarget;

/**
 * Writes the public read model: only what may be public (the moderated text, the feeling, the place, the
 * networks, never the author), in the transaction that publishes. Native SQL: the model is shaped for the
 * public lists and the full-text search, not for the domain.
 */
@ApplicationScoped
public class PublicStories {

    /** How an author is shown publicly. */
    public static final String ANONYMOUS_AUTHOR = "Un usager";

    @Inject
    Persistence persistence;

    /** Publishes the story's public record (its moderated text) in the current transaction. */
    public void publish(Story story) {
        EntityManager em = persistence.platform();
        List<String> tenantIds = story.getTargets().stream().map(StoryTarget::getTenantId).distinct().toList();
        String unitIds = story.getTargets().stream().filter(t -> t.getUnitId() != null)
                .map(t -> t.getUnitId().toString()).distinct().collect(Collectors.joining(","));
        em.createNativeQuery("insert into exp_public_story (story_id, title, body, feeling, author_label, "
                        + "author_kind, departement_code, tenant_ids, unit_ids, channels, procedures, written_at, "
                        + "published_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                        + "string_to_array(?8, ',')::varchar[], coalesce(string_to_array(nullif(?9, ''), ',')::bigint[], '{}'), "
                        + "coalesce(string_to_array(nullif(?10, ''), ',')::varchar[], '{}'), "
                        + "coalesce(string_to_array(nullif(?11, ''), ',')::varchar[], '{}'), ?12, ?13)")
                .setParameter(1, story.getId())
                .setParameter(2, story.getPublishedTitle())
                .setParameter(3, story.getPublishedBody())
                .setParameter(4, story.getFeeling().name())
                .setParameter(5, ANONYMOUS_AUTHOR)
                .setParameter(6, story.getAuthorKind().name())
                .setParameter(7, story.getDepartementCode())
                .setParameter(8, String.join(",", tenantIds))
                .setParameter(9, unitIds)
                .setParameter(10, story.getChannels().stream().map(ChannelFeeling::getChannel)
                        .collect(Collectors.joining(",")))
                .setParameter(11, story.getProcedures().stream().map(StoryProcedure::getCode)
                        .collect(Collectors.joining(",")))
                .setParameter(12, story.getSubmittedAt())
                .setParameter(13, story.getPublishedAt())
                .executeUpdate();
        for (String tenantId : tenantIds) {
            em.createNativeQuery("insert into exp_public_story_network (tenant_id, published_at, story_id) "
                            + "values (?1, ?2, ?3)")
                    .setParameter(1, tenantId).setParameter(2, story.getPublishedAt()).setParameter(3, story.getId())
                    .executeUpdate();
        }
    }

    /** Adds a network to a published story (after a transfer), so that its lists show it. */
    public void addNetwork(long storyId, String tenantId, OffsetDateTime publishedAt) {
        EntityManager em = persistence.platform();
        int added = em.createNativeQuery("update exp_public_story set tenant_ids = array_append(tenant_ids, ?1::varchar) "
                        + "where story_id = ?2 and not (?1::varchar = any (tenant_ids))")
                .setParameter(1, tenantId).setParameter(2, storyId).executeUpdate();
        if (added > 0) {
            em.createNativeQuery("insert into exp_public_story_network (tenant_id, published_at, story_id) "
                            + "values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, tenantId).setParameter(2, publishedAt).setParameter(3, storyId).executeUpdate();
        }
    }
}
