package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
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
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.core.tenancy.TenantAdministration;
import org.spplus.platform.testing.Http;
import org.spplus.platform.testing.WebVisitor;

/**
 * A plugin jar dropped into the application is discovered, migrated with its own history, and switched
 * on per tenant: where it is off, its pages answer 404 and its links vanish.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginMechanismIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantAdministration administration;

    private static WebVisitor alphaAgent;
    private static WebVisitor betaAgent;

    private static WebVisitor alphaAgent(URL base) {
        if (alphaAgent == null) {
            alphaAgent = WebVisitor.signedIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        }
        return alphaAgent;
    }

    private static WebVisitor betaAgent(URL base) {
        if (betaAgent == null) {
            betaAgent = WebVisitor.signedIn(base, TestAccounts.BETA_AGENT, TestAccounts.PASSWORD);
        }
        return betaAgent;
    }

    @Test
    @Order(1)
    @RunAsClient
    void readinessListsThePluginAndItsMigrations() {
        var ready = Http.getFromServerRoot(base, "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"essai\"").contains("version 1");
    }

    @Test
    @Order(2)
    @RunAsClient
    void enabledTenantServesThePluginPagesAndLinks() {
        var page = alphaAgent(base).get("t/alpha/essai/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Notes d’essai").contains("Bonjour Alpha");
        assertThat(alphaAgent(base).get("t/alpha/").body()).contains("/t/alpha/essai/");
        assertThat(Http.get(base, "essai/").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    @RunAsClient
    void disabledTenantAnswers404AndShowsNoLink() {
        assertThat(betaAgent(base).get("t/beta/essai/").statusCode()).isEqualTo(404);
        assertThat(betaAgent(base).get("t/beta/essai/anything").statusCode()).isEqualTo(404);
        var home = betaAgent(base).get("t/beta/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("/essai/");
    }

    @Test
    @Order(4)
    @RunAsClient
    void backOfficePagesAreNeverReachableWithoutTenant() {
        assertThat(Http.get(base, "essai/backoffice/").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "backoffice/").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "t/inconnu/").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "t/inconnu/").body()).contains("Page non trouvée");
    }

    @Test
    @Order(5)
    void switchThePluginOffForAlpha() throws Exception {
        AccessControl.asSystem(() -> {
            administration.setPluginEnabled("alpha", "essai", false);
            return null;
        });
    }

    @Test
    @Order(6)
    @RunAsClient
    void switchedOffPluginVanishesAtOnce() {
        assertThat(alphaAgent(base).get("t/alpha/essai/").statusCode()).isEqualTo(404);
        assertThat(alphaAgent(base).get("t/alpha/").body()).doesNotContain("/t/alpha/essai/");
        assertThat(Http.get(base, "essai/").statusCode()).as("no tenant has it on any more").isEqualTo(404);
    }

    @Test
    @Order(7)
    void switchThePluginOnAgain() throws Exception {
        AccessControl.asSystem(() -> {
            administration.setPluginEnabled("alpha", "essai", true);
            return null;
        });
    }

    @Test
    @Order(8)
    @RunAsClient
    void switchedOnPluginIsBack() {
        assertThat(alphaAgent(base).get("t/alpha/essai/").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(9)
    @RunAsClient
    void tenantResolvedFromItsHost() {
        var page = alphaAgent(base).get("essai/", "alpha.localhost");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Notes d’essai");
        assertThat(betaAgent(base).get("essai/", "beta.localhost").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "essai/", "alpha.localhost").statusCode()).as("anonymous: to the sign-in page")
                .isEqualTo(302);
    }

    @Test
    @Order(10)
    void theServiceRefusesAnAnonymousCaller() {
        assertThatThrownBy(() -> administration.setPluginEnabled("alpha", "essai", false))
                .isInstanceOf(AuthenticationRequiredException.class);
    }
}
