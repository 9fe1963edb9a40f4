package org.spplus.plugin.experiences.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.Persistence;

/** Writes published answers into the public read model, under the entity's name (never an agent's). */
@ApplicationScoped
public class PublicAnswers {

    @Inject
    Persistence persistence;

    public void publish(long storyId, String tenantId, long caseId, String unitName, String networkName, String body,
                        String courtesy, String signature, OffsetDateTime publishedAt) {
        EntityManager em = persistence.platform();
        em.createNativeQuery("insert into exp_public_answer (id, story_id, tenant_id, case_id, unit_name, network_name, "
                        + "body, courtesy, signature, published_at) values (nextval('exp_public_answer_seq'), ?1, ?2, ?3, "
                        + "?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, storyId).setParameter(2, tenantId).setParameter(3, caseId).setParameter(4, unitName)
                .setParameter(5, networkName).setParameter(6, body).setParameter(7, courtesy)
                .setParameter(8, signature).setParameter(9, publishedAt).executeUpdate();
        em.createNativeQuery("update exp_public_story set answer_count = answer_count + 1, "
                        + "first_answer_at = coalesce(first_answer_at, ?1) where story_id = ?2")
                .setParameter(1, publishedAt).setParameter(2, storyId).executeUpdate();
    }
}
