package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.plugin.experiences.moderation.boundary.StoryRouting;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.webapp.TestAccounts;

/**
 * A moderator re-routes a published story from its moderation page, in Chromium: the page shows where each
 * network's case stands; the moderator sends alpha's case from the national inbox to the entity "Accueil
 * Alpha de Nîmes" found by a search (a reason is required), whose agent is told and sees it with the reason,
 * signed "Modération"; then transfers it to network beta, whose national inbox receives it with the reason.
 * Anyone but a moderator is refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModerationReroutingBrowserIT {

    static final String TITLE = "Réorientation : un rendez-vous manqué à l'accueil de Nîmes";
    static final String MOVE_REASON = "Le récit concerne l'accueil de Nîmes, qui peut y répondre.";
    static final String TRANSFER_REASON = "Le rendez-vous relevait aussi du réseau Beta.";

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    @Inject
    StoryRouting routing;

    @Test
    @Order(1)
    void aStoryPublishedForAlphaLandsInItsNationalInbox() throws Exception {
        long storyId = ExperienceFixtures.publish(TITLE, "Mon rendez-vous a été annulé sans prévenir.", "alpha",
                Feeling.NEGATIF, "30");
        assertThatThrownBy(() -> routing.cases(storyId)).as("anonymous caller").isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> routing.moveWithinNetwork(storyId, "alpha", 1, 1, "motif"))
                .isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    @Order(2)
    @RunAsClient
    void onlyModeratorsMayOpenTheStoryPage() throws Exception {
        String page = "experiences/moderation/experience?id=" + storyId();
        for (String other : new String[] {TestAccounts.ALPHA_AGENT, TestAccounts.ALPHA_NATIONAL_MANAGER, TestAccounts.CITIZEN}) {
            HttpResponse<String> refused = WebVisitor.signedIn(base, other, TestAccounts.PASSWORD).get(page);
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).as(other).contains("Accès refusé")
                    .contains("La modération est réservée aux modérateurs de la plateforme.").doesNotContain(TITLE);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theModeratorSendsTheCaseToAnEntityFoundBySearch() throws Exception {
        ReroutingSteps.theModeratorSendsTheCaseToAnEntityFoundBySearch(base, storyId());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theModeratorTransfersItToAnotherNetworkWhoseNationalInboxReceivesIt() throws Exception {
        ReroutingSteps.theModeratorTransfersItToAnotherNetworkWhoseNationalInboxReceivesIt(base, storyId());
    }

    private static long storyId() throws Exception {
        try (Connection db = TestEnvironment.get().connectAsSuperuser();
             PreparedStatement query = db.prepareStatement("select id from exp_story where title = ?")) {
            query.setString(1, TITLE);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("the story").isTrue();
                return rows.getLong(1);
            }
        }
    }
}
