package org.spplus.webapp.experiences;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.handling.control.Deliveries;
import org.spplus.plugin.experiences.moderation.control.StoryPublication;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.story.AuthorKind;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.ModerationOutcome;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryContent;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;
import org.spplus.plugin.experiences.story.entity.StoryTarget;
import org.spplus.webapp.TestAccounts;
import org.spplus.webapp.TestDeployments;
import org.spplus.webapp.Transactions;

/** In the container: stories published the short way (no wizard, no moderation page), for tests of what follows. */
public final class ExperienceFixtures {

    private ExperienceFixtures() {
    }

    /** The application with these fixtures, for in-container tests. */
    public static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin().addClass(ExperienceFixtures.class);
    }

    /** Publishes a story for a network, as a moderator would, and waits until its inbox received it. */
    public static long publish(String title, String body, String tenantId, Feeling feeling, String departement)
            throws Exception {
        return publish(title, body, tenantId, null, feeling, departement);
    }

    /** Same, for one entity of the network (its code; null for the network's national inbox). */
    public static long publish(String title, String body, String tenantId, String unitCode, Feeling feeling,
                               String departement) throws Exception {
        return publish(title, body, tenantId, unitCode, feeling, departement, List.of(), List.of());
    }

    /** Same, with the contact channels and the procedures the author named. */
    public static long publish(String title, String body, String tenantId, String unitCode, Feeling feeling,
                               String departement, List<ChannelFeeling> channels, List<StoryProcedure> procedures)
            throws Exception {
        Long unitId = unitCode == null ? null : CDI.current().select(NetworkUnits.class).get()
                .byCode(tenantId, unitCode).orElseThrow().id();
        Persistence persistence = CDI.current().select(Persistence.class).get();
        long moderator = Transactions.commit(() -> ((Number) persistence.platform().createNativeQuery(
                "select id from core_account where email = ?1").setParameter(1, TestAccounts.MODERATOR)
                .getSingleResult()).longValue());
        long storyId = Transactions.commit(() -> {
            EntityManager em = persistence.platform();
            OffsetDateTime now = OffsetDateTime.now();
            Story story = new Story(new StoryContent(title, body, AuthorKind.PARTICULIER, feeling, departement, "30000",
                    List.of(new StoryTarget(tenantId, unitId, null)), channels, procedures, "portail", null),
                    "fixture-" + System.nanoTime(), now);
            story.byEmail("auteur.fixture@exemple.fr");
            story.confirmEmail(now);
            em.persist(story);
            em.flush();
            CDI.current().select(StoryPublication.class).get()
                    .publish(story, ModerationOutcome.AS_IS, story.getTitle(), story.getBody(), null, moderator);
            return story.getId();
        });
        CDI.current().select(Deliveries.class).get().deliverPending();
        return storyId;
    }
}
