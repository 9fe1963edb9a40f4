package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.testing.Http;
import org.spplus.platform.testing.TestIdentityProvider;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;

/**
 * The protections every response carries: Content-Security-Policy with a fresh nonce on each page,
 * the other security headers, session cookies, refusal of forged or foreign form submissions, and
 * French error pages that never show a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesCarryAStrictPolicyWithAFreshNonceOnEachPage() {
        HttpResponse<String> first = Http.get(base, "");
        HttpResponse<String> second = Http.get(base, "");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "script-src 'self' 'nonce-").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(policy).as("forms may go to the identity providers only besides the platform")
                .contains("form-action 'self' " + origin(TestIdentityProvider.FRANCECONNECT));
        String nonce = nonceOf(policy);
        assertThat(nonceOf(second.headers().firstValue("Content-Security-Policy").orElseThrow()))
                .as("a new nonce for each page").isNotEqualTo(nonce);

        Document page = Jsoup.parse(first.body());
        assertThat(page.select("script")).isNotEmpty();
        for (Element script : page.select("script")) {
            assertThat(script.attr("nonce")).as("script %s", script.outerHtml().substring(0, Math.min(80,
                    script.outerHtml().length()))).isEqualTo(nonce);
        }
        assertThat(page.select("[onclick], [onload], [onsubmit], [onchange]")).as("no inline event handler").isEmpty();
    }

    @Test
    void everyResponseCarriesTheOtherSecurityHeaders() {
        for (String path : List.of("", "connexion", "dsfr/dsfr.min.css", "page-qui-n-existe-pas", "t/alpha/")) {
            HttpResponse<String> answer = Http.get(base, path);
            Map<String, List<String>> headers = answer.headers().map();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Strict-Transport-Security").orElse("")).as(path)
                    .startsWith("max-age=").contains("includeSubDomains");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                    && answer.statusCode() < 300 || answer.statusCode() >= 400) {
                assertThat(headers).as(path).containsKey("content-security-policy");
                assertThat(answer.headers().allValues("Content-Security-Policy")).as(path + ": one policy").hasSize(1);
                assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
                        .contains("frame-ancestors 'none'");
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = Http.get(base, "connexion");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SPPLUS_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(page.headers().allValues("Set-Cookie")).as("no default JSESSIONID besides")
                .noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void aFormWithAForgedStateIsRefusedAndSignsNobodyIn() {
        WebVisitor visitor = new WebVisitor(base);
        HttpResponse<String> page = visitor.open("connexion");
        Map<String, String> forged = new HashMap<>(Map.of("connexion:email", TestAccounts.CITIZEN,
                "connexion:motdepasse", TestAccounts.PASSWORD, "jakarta.faces.ViewState", "-123:456"));
        HttpResponse<String> answer = visitor.submitOn(page, "connexion", "connexion:valider", forged);
        assertThat(answer.statusCode()).isNotIn(302, 303);
        String visible = Jsoup.parse(answer.body()).body().text();
        assertThat(visible).contains("Session expirée").doesNotContain("jakarta.faces").doesNotContain("Exception");
        assertThat(visitor.get("compte/").statusCode()).as("still anonymous").isEqualTo(302);
    }

    @Test
    void aFormTakenFromAnotherSessionIsRefused() {
        WebVisitor attacker = new WebVisitor(base);
        HttpResponse<String> attackersPage = attacker.open("connexion");
        String attackersState = Jsoup.parse(attackersPage.body()).select("input[name=jakarta.faces.ViewState]").val();

        WebVisitor victim = WebVisitor.signedIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD);
        HttpResponse<String> victimsPage = victim.open("compte/");
        Map<String, String> fields = new HashMap<>(Map.of("profil:displayName", "Pirate",
                "jakarta.faces.ViewState", attackersState));
        HttpResponse<String> answer = victim.submitOn(victimsPage, "profil", "profil:renommer", fields);
        assertThat(answer.body()).contains("Session expirée");
        assertThat(victim.open("compte/").body()).doesNotContain("Pirate");
    }

    @Test
    void aPostWithoutSessionToAProtectedAreaIsRefusedNotRedirected() {
        HttpResponse<String> answer = new WebVisitor(base).post(Http.resolve(base, "compte/"),
                Map.of("suppression:confirmation", "SUPPRIMER", "suppression:supprimer", "x"));
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void errorPagesAreFrenchAndShowNoInternals() {
        HttpResponse<String> notFound = Http.get(base, "page-qui-n-existe-pas");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page non trouvée").contains("lang=\"fr\"");

        HttpResponse<String> forbidden = WebVisitor.signedIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD)
                .get("plateforme/");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Accès refusé");

        HttpResponse<String> broken = Http.get(base, "essai/panne");
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body()).contains("Erreur inattendue").contains("Référence de la demande")
                .doesNotContain("Panne provoquée").doesNotContain("IllegalStateException")
                .doesNotContain("at org.").doesNotContain("Caused by");
    }

    @Test
    void theLanguageCanBeSwitchedToEnglishAndBack() {
        WebVisitor visitor = new WebVisitor(base);
        HttpResponse<String> switched = visitor.get("langue?l=en&retour=/connexion");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
        HttpResponse<String> english = visitor.open("connexion");
        assertThat(english.body()).contains("lang=\"en\"").contains("Sign in");
        assertThat(visitor.get("langue?l=en&retour=https://exemple.org/").headers().firstValue("Location").orElseThrow())
                .as("no redirect off the platform").doesNotContain("exemple.org");
        visitor.get("langue?l=fr&retour=/");
        assertThat(visitor.open("").body()).contains("lang=\"fr\"");
    }

    @Test
    void theHeaderSharedByVisitorsKeepsEachPagesReturnAddressLanguageAndSignedInPerson() {
        WebVisitor visitor = new WebVisitor(base);
        for (int reading = 0; reading < 2; reading++) { // the first reading writes the shared header, the next copy it
            assertThat(visitor.open("mentions-legales").body()).contains("connexion?retour=%2Fmentions-legales\"",
                    "langue?l=en&amp;retour=%2Fmentions-legales\"", "Se connecter").doesNotContain("spplus.here");
            assertThat(visitor.open("aide?sujet=%3Cb%3E").body()).contains("connexion?retour=%2Faide%3Fsujet%3D%253Cb%253E\"")
                    .doesNotContain("spplus.here", "<b>");
        }
        WebVisitor english = new WebVisitor(base);
        english.get("langue?l=en&retour=/");
        assertThat(english.open("mentions-legales").body()).contains("lang=\"en\"", "Sign in").doesNotContain("Se connecter");
        assertThat(visitor.open("mentions-legales").body()).as("still in French for the other visitor").contains("Se connecter");
        WebVisitor citizen = WebVisitor.signedIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD);
        assertThat(citizen.open("mentions-legales").body()).as("the header of a signed-in person is theirs")
                .contains("deconnexion:bouton").doesNotContain("Se connecter");
        assertThat(visitor.open("mentions-legales").body()).doesNotContain("deconnexion:bouton");
    }

    private static String origin(String provider) {
        String issuer = TestEnvironment.get().identityProvider().issuer(provider);
        java.net.URI uri = java.net.URI.create(issuer);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static String nonceOf(String policy) {
        Matcher m = NONCE.matcher(policy);
        assertThat(m.find()).as("a nonce in " + policy).isTrue();
        return m.group(1);
    }
}
