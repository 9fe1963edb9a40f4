package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;
import org.spplus.platform.testing.Http;
import org.spplus.platform.testing.Mailbox;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.TestIdentityProvider;
import org.spplus.platform.testing.WebVisitor;

/**
 * Sign-in with FranceConnect (citizens) and ProConnect (agents), end to end: headless Chromium on the
 * platform and on a real OpenID provider's login page ({@link TestIdentityProvider}), where the test types
 * the subject and the claims as a tester would. Covers account creation and linking, sign-out at the
 * provider, refusals (unknown agent, tampered userinfo, replayed or made-up state), an invitation accepted
 * through ProConnect, and the accessibility of the sign-in page.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenIdConnectBrowserIT {

    /** Distinguishes this run's people from those other tests create in the same database. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static final String CITIZEN_SUBJECT = "fc-" + RUN + "-camille";
    private static final String CITIZEN_EMAIL = "camille.durand." + RUN + "@exemple.fr";

    private static final String ALERT = ".fr-alert--error";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    /**
     * The platform at its public URL (on localhost), not at the address the container reports: the
     * provider sends the browser back to the public callback URL, which must reach the same session.
     */
    private static URL base;
    private static Browser browser;
    private static TestIdentityProvider provider;

    @BeforeAll
    static void openBrowser() throws MalformedURLException {
        base = URI.create(publicUrl() + "/").toURL();
        browser = Browser.open();
        provider = TestEnvironment.get().identityProvider();
    }

    @AfterAll
    static void closeBrowser() {
        provider.tamperUserinfo(false);
        browser.close();
    }

    // ---------------------------------------------------------------- FranceConnect, citizens

    @Test
    @Order(1)
    void aNewCitizenSignsInWithFranceConnect() {
        signOut();
        WebDriver driver = browser.open(base, "connexion");
        driver.findElement(By.id("franceconnect")).click();

        Map<String, String> request = onProviderLoginPage(TestIdentityProvider.FRANCECONNECT);
        assertThat(request).containsEntry("acr_values", "eidas1").containsEntry("response_type", "code")
                .containsEntry("client_id", TestIdentityProvider.clientId(TestIdentityProvider.FRANCECONNECT))
                .containsEntry("redirect_uri", publicUrl() + "/connexion/oidc/franceconnect/retour");
        assertThat(request.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(request.get("nonce")).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(request.get("state"));
        assertThat(request.get("scope")).contains("openid");

        signInAtProvider(CITIZEN_SUBJECT, claims(CITIZEN_EMAIL, "Camille", "family_name", "Durand"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/connexion");
        assertThat(headerName()).isEqualTo("Camille D.");
        assertThat(driver.findElements(By.id("deconnexion:bouton"))).hasSize(1);

        browser.open(base, "compte/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mon compte");
        assertThat(driver.findElement(By.id("adresse")).getText()).isEqualTo(CITIZEN_EMAIL);

        // a citizen, not an agent: the back office is refused
        browser.open(base, "t/alpha/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        assertThat(statusInBrowserSession("t/alpha/")).isEqualTo(403);
        assertThat(statusInBrowserSession("compte/")).isEqualTo(200);
    }

    @Test
    @Order(2)
    void signingOutEndsTheFranceConnectSessionToo() {
        WebDriver driver = browser.open(base, "compte/");
        assertThat(driver.findElement(By.id("adresse")).getText()).as("still signed in from the previous test")
                .isEqualTo(CITIZEN_EMAIL);
        provider.clearEndSessions();

        driver.findElement(By.id("deconnexion:bouton")).click();
        wait(driver).until(ExpectedConditions.urlContains("deconnecte"));

        List<TestIdentityProvider.EndSession> calls = provider.endSessions();
        assertThat(calls).hasSize(1);
        TestIdentityProvider.EndSession call = calls.get(0);
        assertThat(call.issuerId()).isEqualTo(TestIdentityProvider.FRANCECONNECT);
        assertThat(call.idTokenHint()).isNotBlank();
        assertThat(call.idTokenHintVerified()).as("the hint is an ID token this provider signed").isTrue();
        JWTClaimsSet hint = claimsOf(call.idTokenHint());
        assertThat(hint.getSubject()).isEqualTo(CITIZEN_SUBJECT);
        assertThat(hint.getAudience()).contains(TestIdentityProvider.clientId(TestIdentityProvider.FRANCECONNECT));
        assertThat(call.postLogoutRedirectUri()).isEqualTo(publicUrl() + "/?deconnecte");
        assertThat(call.state()).isNotBlank();

        // back on the platform, with the state the provider echoed, and signed out
        assertThat(driver.getCurrentUrl()).startsWith(publicUrl() + "/?deconnecte")
                .contains("state=" + call.state());
        assertThat(driver.findElements(By.id("deconnexion:bouton"))).isEmpty();
        assertThat(headerName()).isEmpty();
        browser.open(base, "compte/");
        assertThat(driver.getCurrentUrl()).contains("/connexion");
    }

    @Test
    @Order(3)
    void signingInAgainWithTheSameSubjectFindsTheSameAccount() {
        signOut();
        WebDriver driver = browser.open(base, "connexion");
        driver.findElement(By.id("franceconnect")).click();
        onProviderLoginPage(TestIdentityProvider.FRANCECONNECT);
        // the provider now gives another address and other names: the subject, not the address, names the account
        signInAtProvider(CITIZEN_SUBJECT, claims("claude.autre." + RUN + "@exemple.fr", "Claude", "family_name",
                "Martin"));

        assertThat(headerName()).isEqualTo("Camille D.");
        browser.open(base, "compte/");
        assertThat(driver.findElement(By.id("adresse")).getText()).isEqualTo(CITIZEN_EMAIL);
        assertThat(driver.findElement(By.id("profil:displayName")).getAttribute("value")).isEqualTo("Camille D.");
        signOut();
    }

    // ---------------------------------------------------------------- ProConnect, agents

    @Test
    @Order(4)
    void anExistingAgentSignsInWithProConnectAndReachesTheBackOffice() {
        signOut();
        WebDriver driver = browser.open(base, "t/alpha/");
        assertThat(driver.getCurrentUrl()).contains("/connexion?retour=");
        driver.findElement(By.id("proconnect")).click();

        Map<String, String> request = onProviderLoginPage(TestIdentityProvider.PROCONNECT);
        assertThat(request).containsEntry("response_type", "code").doesNotContainKey("acr_values")
                .containsEntry("redirect_uri", publicUrl() + "/connexion/oidc/proconnect/retour");
        assertThat(request.get("state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(request.get("nonce")).hasSizeGreaterThanOrEqualTo(32);

        signInAtProvider("pc-" + RUN + "-agent-alpha", claims(TestAccounts.ALPHA_AGENT, "Alex", "usual_name", "Martin"));
        assertThat(driver.getCurrentUrl()).endsWith("/t/alpha/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Espace agents – ALPHA");
        assertThat(statusInBrowserSession("t/alpha/")).isEqualTo(200);
        browser.open(base, "compte/");
        assertThat(driver.findElement(By.id("adresse")).getText()).isEqualTo(TestAccounts.ALPHA_AGENT);

        // signing out ends the ProConnect session too
        provider.clearEndSessions();
        signOut();
        assertThat(provider.endSessions()).singleElement().satisfies(call -> {
            assertThat(call.issuerId()).isEqualTo(TestIdentityProvider.PROCONNECT);
            assertThat(call.idTokenHintVerified()).isTrue();
            assertThat(claimsOf(call.idTokenHint()).getSubject()).isEqualTo("pc-" + RUN + "-agent-alpha");
        });
    }

    @Test
    @Order(5)
    void proConnectWithAnUnknownAddressIsRefused() {
        signOut();
        String unknown = "inconnu." + RUN + "@exemple.gouv.fr";
        WebDriver driver = browser.open(base, "connexion");
        driver.findElement(By.id("proconnect")).click();
        onProviderLoginPage(TestIdentityProvider.PROCONNECT);
        signInAtProvider("pc-" + RUN + "-inconnu", claims(unknown, "Dominique", "usual_name", "Inconnu"));

        assertThat(driver.getCurrentUrl()).endsWith("/connexion");
        assertThat(driver.findElement(By.cssSelector(ALERT)).getText())
                .isEqualTo("Aucun compte agent n’est associé à l’adresse " + unknown
                        + ". Demandez une invitation à l’administrateur de votre réseau.");
        assertThat(Accessibility.violations(driver)).as("the page with the refusal").isEmpty();
        assertNotSignedIn(driver);
        browser.open(base, "connexion");
        assertThat(driver.findElements(By.cssSelector(ALERT))).as("the failure is shown once").isEmpty();
    }

    // ---------------------------------------------------------------- what the platform must refuse
    @Test
    @Order(5)
    void franceConnectNeverTakesOverAnAccountByItsAddress() {
        signOut();
        WebDriver driver = browser.open(base, "connexion");
        driver.findElement(By.id("franceconnect")).click();
        onProviderLoginPage(TestIdentityProvider.FRANCECONNECT);
        signInAtProvider("fc-" + RUN + "-meme-adresse", claims(TestAccounts.CITIZEN, "Ursule", "family_name", "Usurpée"));

        assertThat(driver.getCurrentUrl()).endsWith("/connexion");
        assertThat(driver.findElement(By.cssSelector(ALERT)).getText())
                .startsWith("Un compte Services Publics+ existe déjà avec l’adresse " + TestAccounts.CITIZEN);
        assertNotSignedIn(driver);
    }


    @Test
    @Order(6)
    void aTamperedUserinfoIsRefused() {
        signOut();
        String subject = "fc-" + RUN + "-altere";
        String email = "altere." + RUN + "@exemple.fr";
        WebDriver driver = browser.open(base, "connexion");
        provider.tamperUserinfo(true);
        try {
            driver.findElement(By.id("franceconnect")).click();
            onProviderLoginPage(TestIdentityProvider.FRANCECONNECT);
            signInAtProvider(subject, claims(email, "Claude", "family_name", "Martin"));

            assertThat(driver.getCurrentUrl()).endsWith("/connexion");
            assertThat(driver.findElement(By.cssSelector(ALERT)).getText())
                    .contains("La connexion avec FranceConnect a échoué : la réponse reçue n’a pas pu être vérifiée.");
            assertNotSignedIn(driver);
        } finally {
            provider.tamperUserinfo(false);
        }

        // the same person with an untouched answer: signed in as themselves, not as the address slipped in
        browser.open(base, "connexion");
        driver.findElement(By.id("franceconnect")).click();
        onProviderLoginPage(TestIdentityProvider.FRANCECONNECT);
        signInAtProvider(subject, claims(email, "Claude", "family_name", "Martin"));
        browser.open(base, "compte/");
        assertThat(driver.findElement(By.id("adresse")).getText()).isEqualTo(email);
        signOut();
    }

    @Test
    @Order(7)
    void aCallbackServesOnceAndOnlyInItsOwnSession() {
        WebVisitor visitor = new WebVisitor(base);
        HttpResponse<String> start = visitor.get("connexion/oidc/franceconnect");
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(provider.issuer(TestIdentityProvider.FRANCECONNECT) + "/authorize?");

        String callback = callbackFromProvider(visitor, authorize, "fc-" + RUN + "-rejeu",
                claims("rejeu." + RUN + "@exemple.fr", "Sacha", "family_name", "Rejeu"));
        assertThat(callback).startsWith(publicUrl() + "/connexion/oidc/franceconnect/retour?")
                .contains("code=").contains("state=");
        String callbackPath = callback.substring(publicUrl().length() + 1);

        HttpResponse<String> first = visitor.get(callbackPath);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).doesNotContain("/connexion");
        HttpResponse<String> account = visitor.get("compte/");
        assertThat(account.statusCode()).as("signed in").isEqualTo(200);
        assertThat(Jsoup.parse(account.body()).getElementById("adresse").text()).isEqualTo("rejeu." + RUN + "@exemple.fr");

        // the very same answer a second time
        assertRefusedAsUsed(visitor, callbackPath);

        // the same answer in someone else's session
        WebVisitor other = new WebVisitor(base);
        other.get("connexion");
        assertRefusedAsUsed(other, callbackPath);
        assertThat(isRedirectToSignIn(other.get("compte/"))).as("the other visitor is not signed in").isTrue();

        // a state the platform never issued, in a session that has one pending
        WebVisitor third = new WebVisitor(base);
        assertThat(third.get("connexion/oidc/franceconnect").statusCode()).isEqualTo(302);
        assertRefusedAsUsed(third, "connexion/oidc/franceconnect/retour?code=invente&state="
                + "A".repeat(43));
        assertThat(isRedirectToSignIn(third.get("compte/"))).isTrue();
    }

    // ---------------------------------------------------------------- invitation accepted through ProConnect

    @Test
    @Order(8)
    void anInvitationIsAcceptedThroughProConnect() {
        String invited = "dominique.invitee." + RUN + "@exemple.gouv.fr";
        // the network administrator invites a new agent
        WebVisitor admin = WebVisitor.signedIn(base, TestAccounts.ALPHA_ADMIN, TestAccounts.PASSWORD);
        HttpResponse<String> agents = admin.open("t/alpha/administration/agents");
        assertThat(agents.statusCode()).isEqualTo(200);
        Document agentsPage = Jsoup.parse(agents.body());
        Element firstUnit = agentsPage.selectFirst("select[name='invitation:units'] option");
        assertThat(firstUnit).as("an entity to attach the agent to").isNotNull();
        HttpResponse<String> sent = admin.submitOn(agents, "invitation", "invitation:inviter", Map.of(
                "invitation:email", invited, "invitation:name", "Dominique Invitée", "invitation:roles", "agent",
                "invitation:units", firstUnit.attr("value"),
                // what PrimeFaces' script would add to the form (see pageNonce)
                "primefaces.nonce", pageNonce(agentsPage)));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(sent.body()).getElementById("messages-page").text())
                .isEqualTo("Invitation envoyée à " + invited + ".");

        signOut();
        WebDriver driver = browser.driver();
        URI link = Mailbox.await(invited, "Invitation").link("/invitation");
        driver.get(link.toString());
        assertThat(driver.findElement(By.id("invitation-pour")).getText()).contains(invited).contains("Alpha");
        driver.findElement(By.id("proconnect")).click();
        onProviderLoginPage(TestIdentityProvider.PROCONNECT);
        signInAtProvider("pc-" + RUN + "-invitee", claims(invited, "Dominique", "usual_name", "Invitée"));

        assertThat(driver.getCurrentUrl()).endsWith("/t/alpha/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Espace agents – ALPHA");
        assertThat(statusInBrowserSession("t/alpha/")).isEqualTo(200);

        // the invitation served its purpose
        driver.get(link.toString());
        assertThat(driver.findElement(By.id("invitation-probleme")).getText()).contains("Cette invitation a déjà servi");
        assertThat(driver.findElements(By.id("proconnect"))).isEmpty();
        signOut();

        // the administrator sees the new agent active
        Element row = Jsoup.parse(admin.open("t/alpha/administration/agents").body())
                .selectFirst("#liste-agents tr:has(td:containsOwn(" + invited + "))");
        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText()).startsWith("Dominique Invitée", invited).element(4).isEqualTo("actif");
    }

    // ---------------------------------------------------------------- accessibility

    @Test
    @Order(9)
    void theSignInPageWithBothProvidersIsAccessible() {
        signOut();
        WebDriver driver = browser.open(base, "connexion");
        assertThat(driver.findElement(By.id("franceconnect")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("proconnect")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("franceconnect")).getText()).contains("FranceConnect");
        assertThat(driver.findElement(By.id("proconnect")).getText()).isEqualTo("S’identifier avec ProConnect");
        // the whole page, so that both buttons show
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height, window.getHeight())));
        try {
            browser.screenshot("connexion-fournisseurs");
        } finally {
            driver.manage().window().setSize(window);
        }
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The CSP nonce of a page (its scripts carry it). PrimeFaces refuses a postback that renders a page
     * unless the form carries it as {@code primefaces.nonce}, a field PrimeFaces' own script adds to forms.
     * A {@link WebVisitor} runs no script, so it adds the field itself. (The platform's pages do not load
     * that script at present, so browsers do not send the field either: such postbacks fail there.)
     */
    private static String pageNonce(Document page) {
        String nonce = page.select("script[nonce]").attr("nonce");
        assertThat(nonce).as("the page's CSP nonce").isNotBlank();
        return nonce;
    }

    /**
     * Signs out with the header's button if signed in and waits until the platform (and the provider, if
     * any) has done so, then forgets every cookie: the next test starts anonymous.
     */
    private static void signOut() {
        WebDriver driver = browser.open(base, "");
        List<WebElement> button = driver.findElements(By.id("deconnexion:bouton"));
        if (!button.isEmpty()) {
            button.get(0).click();
            wait(driver).until(ExpectedConditions.urlContains("deconnecte"));
            assertThat(driver.findElements(By.id("deconnexion:bouton"))).as("signed out").isEmpty();
        }
        driver.manage().deleteAllCookies();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, PATIENCE);
    }

    private static String publicUrl() {
        return TestEnvironment.get().publicUrl();
    }

    /** Waits for the provider's login page and returns the authorization request's parameters it lists. */
    private static Map<String, String> onProviderLoginPage(String issuerId) {
        WebDriver driver = browser.driver();
        wait(driver).until(ExpectedConditions.urlContains(provider.issuer(issuerId) + "/authorize"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        Map<String, String> listed = new LinkedHashMap<>();
        for (WebElement line : driver.findElements(By.xpath("//div[strong]"))) {
            String name = line.findElement(By.tagName("strong")).getText().strip();
            String text = line.getText().strip();
            listed.put(name, text.substring(text.indexOf('=') + 1).strip());
        }
        // what the page lists is what the browser was sent with
        Map<String, String> query = queryOf(URI.create(driver.getCurrentUrl()));
        assertThat(listed).containsAllEntriesOf(query);
        return listed;
    }

    /** Types the subject and the claims on the provider's login page, and waits to be back on the platform. */
    private static void signInAtProvider(String subject, String claimsJson) {
        WebDriver driver = browser.driver();
        browser.type(By.name("username"), subject);
        browser.type(By.name("claims"), claimsJson);
        driver.findElement(By.cssSelector("form input[type=submit]")).click();
        wait(driver).until(d -> d.getCurrentUrl().startsWith(publicUrl())
                && !d.getCurrentUrl().contains("/connexion/oidc/")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String claims(String email, String givenName, String familyClaim, String familyName) {
        return "{\"email\":\"" + email + "\",\"given_name\":\"" + givenName + "\",\"" + familyClaim + "\":\""
                + familyName + "\"}";
    }

    /** The name the header's account link shows, or "" when nobody is signed in. */
    private static String headerName() {
        return browser.text(By.cssSelector(".fr-header__tools a[href$='/compte/']"));
    }

    private static void assertNotSignedIn(WebDriver driver) {
        assertThat(driver.findElements(By.id("deconnexion:bouton"))).isEmpty();
        assertThat(headerName()).isEmpty();
        browser.open(base, "compte/");
        assertThat(driver.getCurrentUrl()).contains("/connexion");
        assertThat(statusInBrowserSession("compte/")).isEqualTo(302);
    }

    /** The status of a GET made with the browser's cookies (Selenium does not show statuses). */
    private static int statusInBrowserSession(String path) {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.resolve(base, path)).GET().timeout(PATIENCE);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                    .build().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Without a browser: opens the provider's login page, posts its form with a subject and claims, and
     * returns where the provider sends the visitor back (the platform's callback with code and state).
     */
    private static String callbackFromProvider(WebVisitor visitor, URI authorize, String subject, String claimsJson) {
        HttpResponse<String> loginPage;
        try {
            loginPage = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(authorize).GET().timeout(PATIENCE).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(loginPage.body(), authorize.toString());
        Element form = page.selectFirst("form:has(input[name=username])");
        assertThat(form).as("the provider's login form").isNotNull();
        assertThat(form.select("textarea[name=claims]")).hasSize(1);
        String action = form.absUrl("action").isEmpty() ? authorize.toString() : form.absUrl("action");
        HttpResponse<String> answer = visitor.post(URI.create(action), Map.of("username", subject, "claims", claimsJson));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** The callback is refused: back to the sign-in page, which says the request expired or was used. */
    private static void assertRefusedAsUsed(WebVisitor visitor, String callbackPath) {
        HttpResponse<String> answer = visitor.get(callbackPath);
        assertThat(isRedirectToSignIn(answer)).as("refused: back to /connexion").isTrue();
        Element alert = Jsoup.parse(visitor.get("connexion").body()).selectFirst(ALERT);
        assertThat(alert).isNotNull();
        assertThat(alert.text()).isEqualTo("Cette demande de connexion a expiré ou a déjà été utilisée. Recommencez.");
    }

    private static boolean isRedirectToSignIn(HttpResponse<String> answer) {
        return WebVisitor.isRedirect(answer) && answer.headers().firstValue("Location").orElseThrow()
                .matches(".*/connexion(\\?.*)?$");
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static JWTClaimsSet claimsOf(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new AssertionError("Not a signed JWT: " + jwt, e);
        }
    }
}
