package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.plugin.experiences.story.StoryForm;
import org.spplus.plugin.experiences.story.boundary.StorySubmissions;
import org.spplus.plugin.experiences.story.control.FollowTokens;
import org.spplus.webapp.Transactions;

/**
 * The same wizard form sent twice at the same instant (a double click, two tabs): against the real database,
 * two threads submit it with one submission key together. Both end on the one story (the second is told it was
 * already sent), nothing fails, and the key's story exists once.
 */
@ExtendWith(ArquillianExtension.class)
class SimultaneousSubmissionIT {

    private static final int ROUNDS = 5;

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @Inject
    StorySubmissions submissions;

    @Inject
    Persistence persistence;

    @Test
    void twoSimultaneousSendingsOfOneFormGiveOneStoryAndNoError() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        for (int round = 0; round < ROUNDS; round++) {
            String key = FollowTokens.newKey();
            StoryForm form = form("Envoyée deux fois à la fois (" + round + ")");
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<StorySubmissions.Submitted>> sent = List.of(
                    executor.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return submissions.submit(form, key);
                    }),
                    executor.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return submissions.submit(form, key);
                    }));
            StorySubmissions.Submitted first = sent.get(0).get(30, TimeUnit.SECONDS);
            StorySubmissions.Submitted second = sent.get(1).get(30, TimeUnit.SECONDS);

            assertThat(second.storyId()).as("round %d: the same story", round).isEqualTo(first.storyId());
            assertThat(second.status()).isEqualTo(first.status());
            assertThat(List.of(first.alreadySent(), second.alreadySent())).as("round %d: one new, one already sent", round)
                    .containsExactlyInAnyOrder(false, true);
            assertThat(Transactions.commit(() -> persistence.platform()
                    .createQuery("select count(s) from Story s where s.submissionKey = :key", Long.class)
                    .setParameter("key", FollowTokens.hash(key)).getSingleResult())).as("round %d", round).isEqualTo(1L);
        }
    }

    private static StoryForm form(String title) {
        StoryForm form = new StoryForm();
        form.setTitle(title);
        form.setBody("J'ai cliqué deux fois sur « Envoyer » et la page a mis du temps à répondre.");
        form.setAuthorKind("particulier");
        form.setFeeling("neutre");
        form.getTargets().add(new StoryForm.Target("alpha", null, null));
        form.setEmail("double.envoi@exemple.fr");
        form.setPostalCode("30000");
        form.setCharterAccepted(true);
        return form;
    }
}
