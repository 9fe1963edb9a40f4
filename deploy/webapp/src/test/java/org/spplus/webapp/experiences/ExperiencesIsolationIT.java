package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
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
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.core.tenancy.TenantAdministration;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.handling.control.Deliveries;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.webapp.TestAccounts;
import org.spplus.webapp.Transactions;

/**
 * A story published for network alpha lands in alpha's inbox, and network beta sees nothing of it: not by
 * id, not by JPQL, not by native SQL; beta's people are refused on alpha's case pages and find nothing
 * when they put alpha's case id in their own network's address; citizens and moderators have no access to
 * back-office pages. Switched off for a network, the plugin's back office answers 404 there.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperiencesIsolationIT {

    private static final String TITLE = "Isolation : expérience du réseau Alpha";

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    @Inject
    Persistence persistence;

    @Inject
    TenantScope tenants;

    @Inject
    Deliveries deliveries;

    @Inject
    TenantAdministration administration;

    @Test
    @Order(1)
    void aStoryPublishedForAlphaReachesOnlyAlpha() throws Exception {
        long storyId = ExperienceFixtures.publish(TITLE, "Un récit qui ne concerne que le réseau Alpha.", "alpha",
                Feeling.NEUTRE, "30");
        assertThat(Transactions.eventually(() -> {
            deliveries.deliverPending();
            return !casesIn("alpha", storyId).isEmpty();
        }, 20_000)).as("delivered to alpha").isTrue();
        long alphaCase = casesIn("alpha", storyId).get(0);

        assertThat(tenants.callAs("beta", () -> Transactions.commit(() -> persistence.tenant().find(StoryCase.class, alphaCase))))
                .as("find by id in beta").isNull();
        assertThat(casesIn("beta", storyId)).as("JPQL in beta").isEmpty();
        assertThat(tenants.callAs("beta", () -> Transactions.commit(() -> ((Number) persistence.tenant()
                .createNativeQuery("select count(*) from exp_case where id = ?1").setParameter(1, alphaCase)
                .getSingleResult()).longValue()))).as("native SQL in beta").isZero();
        assertThat(tenants.callAs("alpha", () -> Transactions.commit(() -> ((Number) persistence.tenant()
                .createNativeQuery("select count(*) from exp_case where id = ?1").setParameter(1, alphaCase)
                .getSingleResult()).longValue()))).as("native SQL in alpha").isEqualTo(1);
    }

    @Test
    @Order(2)
    @RunAsClient
    void betaPeopleCitizensAndModeratorsAreRefusedOnAlphaCases() throws Exception {
        long alphaCase = alphaCaseId();
        SoftAssertions soft = new SoftAssertions();
        for (String beta : List.of(TestAccounts.BETA_AGENT, TestAccounts.BETA_MANAGER, TestAccounts.BETA_NATIONAL_MANAGER,
                TestAccounts.BETA_ADMIN)) {
            WebVisitor visitor = WebVisitor.signedIn(base, beta, TestAccounts.PASSWORD);
            HttpResponse<String> alphaPage = visitor.get("t/alpha/experiences/cas?id=" + alphaCase);
            soft.assertThat(alphaPage.statusCode()).as(beta + " on alpha's case").isEqualTo(403);
            soft.assertThat(alphaPage.body()).doesNotContain(TITLE);
            HttpResponse<String> forged = visitor.get("t/beta/experiences/cas?id=" + alphaCase);
            soft.assertThat(forged.statusCode()).as(beta + " with alpha's id in beta").isIn(403, 404);
            soft.assertThat(forged.body()).doesNotContain(TITLE);
            HttpResponse<String> inbox = visitor.get("t/alpha/experiences/");
            soft.assertThat(inbox.statusCode()).as(beta + " on alpha's inbox").isEqualTo(403);
        }
        for (String outsider : List.of(TestAccounts.CITIZEN, TestAccounts.MODERATOR)) {
            WebVisitor visitor = WebVisitor.signedIn(base, outsider, TestAccounts.PASSWORD);
            soft.assertThat(visitor.get("t/alpha/experiences/cas?id=" + alphaCase).statusCode()).as(outsider).isEqualTo(403);
            soft.assertThat(visitor.get("t/alpha/experiences/").statusCode()).as(outsider).isEqualTo(403);
        }
        WebVisitor citizen = WebVisitor.signedIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD);
        soft.assertThat(citizen.get("experiences/moderation/").statusCode()).as("citizen on moderation").isEqualTo(403);
        WebVisitor anonymous = new WebVisitor(base);
        soft.assertThat(WebVisitor.isRedirect(anonymous.get("experiences/moderation/"))).as("anonymous on moderation").isTrue();
        WebVisitor alphaAgent = WebVisitor.signedIn(base, TestAccounts.ALPHA_NATIONAL_MANAGER, TestAccounts.PASSWORD);
        HttpResponse<String> own = alphaAgent.get("t/alpha/experiences/cas?id=" + alphaCase);
        soft.assertThat(own.statusCode()).as("alpha's national manager on the case").isEqualTo(200);
        soft.assertThat(own.body()).contains(TITLE);
        WebVisitor nimes = WebVisitor.signedIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        soft.assertThat(nimes.get("t/alpha/experiences/cas?id=" + alphaCase).statusCode())
                .as("alpha agent of another entity: outside their inboxes").isEqualTo(404);
        soft.assertAll();
    }

    @Test
    @Order(3)
    void switchTheExperiencesOffForBeta() throws Exception {
        AccessControl.asSystem(() -> {
            administration.setPluginEnabled("beta", ExperiencesPlugin.ID, false);
            return null;
        });
    }

    @Test
    @Order(4)
    @RunAsClient
    void switchedOffTheBackOfficeAnswers404ThereAndThePublicPagesStay() {
        WebVisitor beta = WebVisitor.signedIn(base, TestAccounts.BETA_AGENT, TestAccounts.PASSWORD);
        assertThat(beta.get("t/beta/experiences/").statusCode()).isEqualTo(404);
        assertThat(beta.get("t/beta/experiences/cas?id=1").statusCode()).isEqualTo(404);
        assertThat(beta.get("t/beta/").body()).doesNotContain("Bannette");
        WebVisitor visitor = new WebVisitor(base);
        assertThat(visitor.get("experiences/").statusCode()).as("alpha still has it").isEqualTo(200);
        assertThat(visitor.get("experiences/deposer").body()).doesNotContain("Réseau Beta");
        assertThat(visitor.get("experiences/reseau?id=beta").statusCode()).as("no public network page").isEqualTo(404);
        assertThat(visitor.get("experiences/reseau?id=alpha").statusCode()).isEqualTo(200);
        assertThat(visitor.get("experiences/reseau?id=inconnu").statusCode()).isEqualTo(404);
        assertThat(visitor.get("experiences/reseau").statusCode()).isEqualTo(404);
        assertThat(visitor.get("experiences/reseau?id=%3Cscript%3E").body()).doesNotContain("<script>");
    }

    @Test
    @Order(5)
    void switchTheExperiencesOnAgain() throws Exception {
        AccessControl.asSystem(() -> {
            administration.setPluginEnabled("beta", ExperiencesPlugin.ID, true);
            return null;
        });
    }

    private List<Long> casesIn(String tenant, long storyId) throws Exception {
        return tenants.callAs(tenant, () -> Transactions.commit(() -> persistence.tenant()
                .createQuery("select c.id from StoryCase c where c.storyId = :story", Long.class)
                .setParameter("story", storyId).getResultList()));
    }

    private static long alphaCaseId() throws Exception {
        try (Connection db = TestEnvironment.get().connectAsSuperuser();
             PreparedStatement query = db.prepareStatement("select c.id from exp_case c join exp_story s on s.id = c.story_id "
                     + "where s.title = ? and c.tenant_id = 'alpha'")) {
            query.setString(1, TITLE);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("alpha's case").isTrue();
                return rows.getLong(1);
            }
        }
    }
}
