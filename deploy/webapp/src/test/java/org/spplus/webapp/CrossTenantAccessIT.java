package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.account.AgentAdministration;
import org.spplus.platform.core.organisation.OrganisationAdministration;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.testing.Http;
import org.spplus.platform.testing.WebVisitor;

/**
 * Every back-office address of network alpha, tried as every role of network beta, as a citizen, as the
 * platform's own staff and anonymously: all refused, and nothing of alpha shown. Then the services
 * themselves, called for beta with alpha's identifiers: refused too, whatever the page.
 */
@ExtendWith(ArquillianExtension.class)
class CrossTenantAccessIT {

    /** The back-office addresses of this issue (and of the test plugin), for tenant alpha. */
    static final List<String> ALPHA_BACK_OFFICE = List.of("t/alpha/", "t/alpha/essai/",
            "t/alpha/administration/", "t/alpha/administration/organisation", "t/alpha/administration/agents",
            "t/alpha/administration/modules", "t/alpha/administration/apparence", "t/alpha/administration/journal",
            "t/alpha/administration/agents.xhtml", "t/alpha/administration/inconnue",
            "t/alpha/experiences/modeles-de-reponse");
    static final List<String> ALPHA_ADMINISTRATION = ALPHA_BACK_OFFICE.stream()
            .filter(p -> p.contains("/administration/")).toList();
    static final List<String> PLATFORM_CONSOLE = List.of("plateforme/", "plateforme/courriels");

    /** Text only alpha's own pages show (not the people's names: a signed-in person sees their own name). */
    static final List<String> ALPHA_SECRETS = List.of("Direction nationale Alpha", "Accueil Alpha de Nîmes",
            "Bonjour Alpha", "admin@alpha.test.spplus.fr");

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    @Inject
    TenantScope tenants;

    @Inject
    OrganisationAdministration organisation;

    @Inject
    AgentAdministration agents;

    @Test
    @RunAsClient
    void anonymousVisitorsAreSentToTheSignInPage() {
        WebVisitor anonymous = new WebVisitor(base);
        SoftAssertions soft = new SoftAssertions();
        for (String path : concat(ALPHA_BACK_OFFICE, PLATFORM_CONSOLE, List.of("compte/"))) {
            HttpResponse<String> answer = anonymous.get(path);
            soft.assertThat(answer.statusCode()).as(path).isEqualTo(302);
            soft.assertThat(answer.headers().firstValue("Location").orElse("")).as(path).contains("/connexion?retour=");
        }
        soft.assertAll();
    }

    @Test
    @RunAsClient
    void signingInLeadsAnAgentToTheirStaffAreaAndACitizenToTheirAccount() {
        assertThat(landingOf(TestAccounts.ALPHA_AGENT)).endsWith("/t/alpha/");
        assertThat(landingOf(TestAccounts.BETA_ADMIN)).endsWith("/t/beta/");
        assertThat(landingOf(TestAccounts.CITIZEN)).endsWith("/compte/");
    }

    private String landingOf(String email) {
        HttpResponse<String> answer = new WebVisitor(base).submit("connexion", "connexion", "connexion:valider",
                Map.of("connexion:email", email, "connexion:motdepasse", TestAccounts.PASSWORD));
        assertThat(answer.statusCode()).as(email).isIn(302, 303);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    @Test
    @RunAsClient
    void everyRoleOfAnotherNetworkIsRefusedEverywhere() {
        for (String beta : List.of(TestAccounts.BETA_ADMIN, TestAccounts.BETA_MANAGER, TestAccounts.BETA_AGENT)) {
            WebVisitor visitor = WebVisitor.signedIn(base, beta, TestAccounts.PASSWORD);
            assertThat(visitor.get("t/beta/").statusCode()).as(beta + " in their own network").isEqualTo(200);
            assertAllRefused(visitor, beta, concat(ALPHA_BACK_OFFICE, PLATFORM_CONSOLE));
            HttpResponse<String> byHost = visitor.get("administration/", "alpha.localhost");
            assertThat(byHost.statusCode()).as(beta + " through alpha's host").isEqualTo(403);
        }
    }

    @Test
    @RunAsClient
    void aCitizenAndThePlatformStaffAreRefusedInTheBackOffice() {
        WebVisitor citizen = WebVisitor.signedIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD);
        assertThat(citizen.get("compte/").statusCode()).isEqualTo(200);
        assertAllRefused(citizen, "citizen", concat(ALPHA_BACK_OFFICE, PLATFORM_CONSOLE));

        WebVisitor moderator = WebVisitor.signedIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        assertAllRefused(moderator, "moderator", concat(ALPHA_BACK_OFFICE, PLATFORM_CONSOLE));

        WebVisitor platformAdmin = WebVisitor.signedIn(base, TestAccounts.PLATFORM_ADMIN, TestAccounts.PASSWORD);
        assertThat(platformAdmin.get("plateforme/").statusCode()).isEqualTo(200);
        assertAllRefused(platformAdmin, "platform administrator", ALPHA_BACK_OFFICE);
    }

    @Test
    @RunAsClient
    void alphaAgentsAndManagersWorkButDoNotAdministrate() {
        for (String alpha : List.of(TestAccounts.ALPHA_AGENT, TestAccounts.ALPHA_MANAGER)) {
            WebVisitor visitor = WebVisitor.signedIn(base, alpha, TestAccounts.PASSWORD);
            assertThat(visitor.get("t/alpha/").statusCode()).as(alpha).isEqualTo(200);
            assertThat(visitor.get("t/alpha/essai/").statusCode()).as(alpha).isEqualTo(200);
            assertThat(visitor.get("t/alpha/").body()).as("no administration link for " + alpha)
                    .doesNotContain("/t/alpha/administration/");
            assertAllRefused(visitor, alpha, ALPHA_ADMINISTRATION);
            assertAllRefused(visitor, alpha, PLATFORM_CONSOLE);
        }
    }

    @Test
    @RunAsClient
    void alphaAdministratorReachesEveryPage() {
        WebVisitor admin = WebVisitor.signedIn(base, TestAccounts.ALPHA_ADMIN, TestAccounts.PASSWORD);
        for (String path : ALPHA_BACK_OFFICE) {
            int expected = path.endsWith(".xhtml") ? 301 : path.endsWith("inconnue") ? 404 : 200;
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(expected);
        }
        assertAllRefused(admin, "alpha administrator in beta", List.of("t/beta/", "t/beta/administration/agents"));
    }

    @Test
    @RunAsClient
    void aFormPostedIntoAnotherNetworkIsRefusedBeforeFacesSeesIt() {
        WebVisitor betaAdmin = WebVisitor.signedIn(base, TestAccounts.BETA_ADMIN, TestAccounts.PASSWORD);
        HttpResponse<String> post = betaAdmin.post(Http.resolve(base, "t/alpha/administration/agents"), Map.of(
                "invitation", "invitation", "invitation:email", "intrus@exemple.fr", "invitation:name", "Intrus",
                "invitation:inviter", "Inviter", "jakarta.faces.ViewState", "stateless"));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(Http.get(base, "t/alpha/administration/agents").statusCode()).isEqualTo(302);
    }

    @Test
    void theServicesRefuseAnonymousCallers() {
        assertThatThrownBy(() -> tenants.callAs("alpha", () -> organisation.tree()))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> tenants.callAs("alpha", () -> agents.list()))
                .isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    void theServicesOfOneNetworkCannotReachAnotherNetworksObjects() throws Exception {
        long alphaUnit = AccessControl.asSystem(() -> tenants.callAs("alpha", () -> organisation.tree().stream()
                .filter(u -> u.code().equals("alpha-30-nimes")).findFirst().orElseThrow().id()));
        long alphaAgent = AccessControl.asSystem(() -> tenants.callAs("alpha", () -> agents.list().stream()
                .filter(a -> a.email().equals(TestAccounts.ALPHA_AGENT)).findFirst().orElseThrow().agentId()));
        long betaUnit = AccessControl.asSystem(() -> tenants.callAs("beta", () -> organisation.tree().get(0).id()));

        assertRefusedInBeta(() -> organisation.update(alphaUnit, "Détourné", "", ""));
        assertRefusedInBeta(() -> organisation.close(alphaUnit));
        assertRefusedInBeta(() -> organisation.move(betaUnit, alphaUnit));
        assertRefusedInBeta(() -> {
            agents.invite("intrus@exemple.fr", "Intrus", Set.of(Roles.AGENT), List.of(alphaUnit));
            return null;
        });
        assertRefusedInBeta(() -> {
            agents.update(alphaAgent, Set.of(Roles.NETWORK_ADMIN), List.of(betaUnit));
            return null;
        });
        assertRefusedInBeta(() -> {
            agents.setActive(alphaAgent, false);
            return null;
        });

        String alphaUnitName = AccessControl.asSystem(() -> tenants.callAs("alpha", () -> organisation.tree().stream()
                .filter(u -> u.id() == alphaUnit).findFirst().orElseThrow().name()));
        assertThat(alphaUnitName).isEqualTo("Accueil Alpha de Nîmes");
        boolean alphaAgentActive = AccessControl.asSystem(() -> tenants.callAs("alpha", () -> agents.list().stream()
                .filter(a -> a.agentId() == alphaAgent).findFirst().orElseThrow().active()));
        assertThat(alphaAgentActive).isTrue();
    }

    private void assertRefusedInBeta(java.util.concurrent.Callable<?> work) {
        assertThatThrownBy(() -> AccessControl.asSystem(() -> tenants.callAs("beta", work)))
                .isInstanceOf(InvalidInput.class);
    }

    private static void assertAllRefused(WebVisitor visitor, String who, List<String> paths) {
        SoftAssertions soft = new SoftAssertions();
        for (String path : paths) {
            HttpResponse<String> answer = visitor.get(path);
            soft.assertThat(answer.statusCode()).as(who + " → " + path).isIn(403, 404);
            for (String secret : ALPHA_SECRETS) {
                soft.assertThat(answer.body()).as(who + " → " + path).doesNotContain(secret);
            }
            if (answer.statusCode() == 403) {
                soft.assertThat(answer.body()).as(who + " → " + path + ": the French page").contains("Accès refusé");
            }
        }
        soft.assertAll();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
