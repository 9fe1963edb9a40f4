package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.template.entity.AnswerTemplate;
import org.spplus.webapp.TestAccounts;
import org.spplus.webapp.Transactions;

/**
 * Answer templates, in Chromium: a manager of network alpha writes templates in the back office (refused when
 * empty or too long, names shown escaped, edited, deleted); an agent inserts one in the answer they are
 * writing, after what they typed, which is kept, and is told when it would make the answer too long; agents
 * cannot manage templates; network beta neither sees nor opens alpha's templates, whether by page, by id, by
 * JPQL or by native SQL. (Named to run after ExperienceChainBrowserIT, whose dashboard counts the stories its
 * manager's entities received: integration tests run in alphabetical order on one database.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperienceTemplatesBrowserIT {

    static final String TITLE = "Modèles : un accueil du lundi matin à Nîmes";
    static final String TEMPLATE = "Remerciement (test des modèles)";
    static final String TEMPLATE_BODY = "Merci pour votre témoignage : nous le partageons avec notre équipe, "
            + "qui en tiendra compte.";
    static final String TYPED = "Bonjour Madame,\nVotre retour nous a été transmis.";
    static final String PAGE = "t/alpha/experiences/modeles-de-reponse";

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

    @Test
    @Order(1)
    void aStoryReachesTheInboxOfNimes() throws Exception {
        ExperienceFixtures.publish(TITLE, "L'accueil était fermé le lundi matin sans affichage.", "alpha",
                "alpha-30-nimes", Feeling.NEGATIF, "30");
    }

    @Test
    @Order(2)
    @RunAsClient
    void aManagerWritesEditsAndDeletesTemplates() {
        ExperienceTemplatesSteps.aManagerWritesEditsAndDeletesTemplates(base);
    }

    @Test
    @Order(3)
    @RunAsClient
    void anAgentInsertsATemplateAfterWhatTheyTyped() {
        ExperienceTemplatesSteps.anAgentInsertsATemplateAfterWhatTheyTyped(base);
    }

    @Test
    @Order(4)
    @RunAsClient
    void anotherNetworkNeitherSeesNorOpensTheTemplates() throws Exception {
        long alphaTemplate = templateId(TEMPLATE);
        WebVisitor alphaManager = WebVisitor.signedIn(base, TestAccounts.ALPHA_MANAGER, TestAccounts.PASSWORD);
        assertThat(alphaManager.get(PAGE + "?modifier=" + alphaTemplate).body()).contains(TEMPLATE_BODY);

        WebVisitor betaManager = WebVisitor.signedIn(base, TestAccounts.BETA_MANAGER, TestAccounts.PASSWORD);
        HttpResponse<String> own = betaManager.get("t/beta/experiences/modeles-de-reponse");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(TEMPLATE);
        HttpResponse<String> forged = betaManager.get("t/beta/experiences/modeles-de-reponse?modifier=" + alphaTemplate);
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).contains("Ce modèle de réponse n").contains("existe pas (ou plus) dans votre réseau")
                .doesNotContain(TEMPLATE).doesNotContain(TEMPLATE_BODY);
        assertThat(betaManager.get(PAGE).statusCode()).as("beta's manager on alpha's page").isEqualTo(403);
    }

    @Test
    @Order(5)
    void isolationHoldsByIdJpqlAndNativeSql() throws Exception {
        long alphaTemplate = tenants.callAs("alpha", () -> Transactions.commit(() -> persistence.tenant()
                .createQuery("select t.id from AnswerTemplate t where t.name = :name", Long.class)
                .setParameter("name", TEMPLATE).getSingleResult()));
        assertThat(tenants.callAs("beta", () -> Transactions.commit(() -> persistence.tenant()
                .find(AnswerTemplate.class, alphaTemplate)))).as("find by id in beta").isNull();
        assertThat(tenants.callAs("beta", () -> Transactions.commit(() -> persistence.tenant()
                .createQuery("select t from AnswerTemplate t where t.name = :name", AnswerTemplate.class)
                .setParameter("name", TEMPLATE).getResultList()))).as("JPQL in beta").isEmpty();
        assertThat(tenants.callAs("beta", () -> Transactions.commit(() -> ((Number) persistence.tenant()
                .createNativeQuery("select count(*) from exp_answer_template where id = ?1").setParameter(1, alphaTemplate)
                .getSingleResult()).longValue()))).as("native SQL in beta").isZero();
    }

    private static long templateId(String name) throws Exception {
        try (Connection db = TestEnvironment.get().connectAsSuperuser();
             PreparedStatement query = db.prepareStatement("select id from exp_answer_template where name = ? "
                     + "and tenant_id = 'alpha'")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("alpha's template").isTrue();
                return rows.getLong(1);
            }
        }
    }
}
