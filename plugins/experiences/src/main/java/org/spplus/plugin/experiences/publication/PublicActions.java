package org.spplus.plugin.experiences.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.Persistence;

/** Writes published improvement actions into the public read model (and keeps their status current). */
@ApplicationScoped
public class PublicActions {

    @Inject
    Persistence persistence;

    public void publish(long actionId, long storyId, String tenantId, String unitName, String networkName,
                        String description, String status, LocalDate actionDate, OffsetDateTime publishedAt) {
        persistence.platform().createNativeQuery("insert into exp_public_action (id, story_id, tenant_id, unit_name, "
                        + "network_name, description, status, action_date, published_at) values (?1, ?2, ?3, ?4, ?5, ?6, "
                        + "?7, cast(?8 as date), ?9) on conflict (id) do update set description = excluded.description, "
                        + "status = excluded.status, action_date = excluded.action_date")
                .setParameter(1, actionId).setParameter(2, storyId).setParameter(3, tenantId)
                .setParameter(4, unitName).setParameter(5, networkName).setParameter(6, description)
                .setParameter(7, status).setParameter(8, actionDate).setParameter(9, publishedAt).executeUpdate();
    }
}
