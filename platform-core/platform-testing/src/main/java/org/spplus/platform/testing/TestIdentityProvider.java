package org.spplus.platform.testing;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/**
 * A real OpenID Connect provider for the tests (navikt's mock-oauth2-server), standing for FranceConnect
 * (issuer {@code franceconnect}) and ProConnect (issuer {@code proconnect}). The person signs in on its
 * login page by typing a subject and the claims as JSON, as a tester would.
 *
 * <p>Like FranceConnect and ProConnect, and unlike the mock's own endpoint, its userinfo endpoint answers
 * a signed JWT ({@code application/jwt}) whose issuer and audience are checked by the platform. With
 * {@link #tamperUserinfo(boolean)} on, the userinfo token's claims are altered after signing (another
 * e-mail address), as an attacker in the middle would: the platform must refuse it.
 *
 * <p>Its end-session endpoint ({@code /<issuer>/endsession}) records each call ({@link #endSessions()})
 * and sends the browser back to {@code post_logout_redirect_uri} with the {@code state}, as
 * FranceConnect and ProConnect do.
 */
public final class TestIdentityProvider {

    public static final String FRANCECONNECT = "franceconnect";
    public static final String PROCONNECT = "proconnect";
    public static final String CLIENT_SECRET = "secret-de-test";

    private final MockOAuth2Server server;
    private final OAuth2TokenProvider tokens;
    private volatile boolean tamperUserinfo;
    private final List<EndSession> endSessions = new CopyOnWriteArrayList<>();

    /**
     * A call to an end-session endpoint.
     *
     * @param issuerId              {@code franceconnect} or {@code proconnect}
     * @param idTokenHint           the {@code id_token_hint} parameter, or null
     * @param idTokenHintVerified   whether that hint is a token this issuer signed
     * @param postLogoutRedirectUri the {@code post_logout_redirect_uri} parameter, or null
     * @param state                 the {@code state} parameter, or null
     */
    public record EndSession(String issuerId, String idTokenHint, boolean idTokenHintVerified,
                             String postLogoutRedirectUri, String state) {
    }

    TestIdentityProvider() {
        this.tokens = new OAuth2TokenProvider();
        OAuth2Config config = new OAuth2Config(true, null, null, false, tokens);
        this.server = new MockOAuth2Server(config, new SignedUserInfo(), new RecordedEndSession());
        server.start();
    }

    /** The issuer URL of {@code franceconnect} or {@code proconnect}. */
    public String issuer(String provider) {
        return server.issuerUrl(provider).toString().replaceAll("/+$", "");
    }

    public static String clientId(String provider) {
        return "spplus-" + provider;
    }

    /** Whether the next userinfo answers are tampered with after signing. */
    public void tamperUserinfo(boolean on) {
        this.tamperUserinfo = on;
    }

    /** The end-session calls received so far, oldest first. */
    public List<EndSession> endSessions() {
        return List.copyOf(endSessions);
    }

    /** Forgets the end-session calls received so far. */
    public void clearEndSessions() {
        endSessions.clear();
    }

    /** JVM options that switch both providers on in the server under test. */
    List<String> serverOptions() {
        return List.of(
                "-Dplatform.oidc.franceconnect.issuer=" + issuer(FRANCECONNECT),
                "-Dplatform.oidc.franceconnect.client-id=" + clientId(FRANCECONNECT),
                "-Dplatform.oidc.franceconnect.client-secret=" + CLIENT_SECRET,
                "-Dplatform.oidc.proconnect.issuer=" + issuer(PROCONNECT),
                "-Dplatform.oidc.proconnect.client-id=" + clientId(PROCONNECT),
                "-Dplatform.oidc.proconnect.client-secret=" + CLIENT_SECRET);
    }

    void stop() {
        server.shutdown();
    }

    /**
     * GET or POST {@code /<issuer>/userinfo}: the access token's person, as a JWT signed with the issuer's key
     * and naming the issuer and the client, as FranceConnect's and ProConnect's do.
     */
    private final class SignedUserInfo implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> segments = request.getUrl().pathSegments();
            return segments.size() == 2 && segments.get(1).equals("userinfo");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String issuerId = request.getUrl().pathSegments().get(0);
            String authorization = request.getHeaders().get("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return new OAuth2HttpResponse(Headers.of("WWW-Authenticate", "Bearer"), 401, "", null);
            }
            JWTClaimsSet access;
            try {
                access = tokens.verify(server.issuerUrl(issuerId), authorization.substring("Bearer ".length()));
            } catch (RuntimeException e) {
                return new OAuth2HttpResponse(Headers.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), 401, "",
                        null);
            }
            Map<String, Object> claims = new LinkedHashMap<>();
            for (String name : List.of("sub", "email", "given_name", "family_name", "usual_name", "uid", "siret")) {
                Object value = access.getClaim(name);
                if (value != null) {
                    claims.put(name, value);
                }
            }
            claims.put("iss", issuer(issuerId));
            claims.put("aud", clientId(issuerId));
            String jwt = tokens.jwt(claims, Duration.ofMinutes(5), issuerId).serialize();
            if (tamperUserinfo) {
                jwt = tampered(jwt);
            }
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, jwt, null);
        }

        /** The same signature over other claims: the e-mail address is swapped for a platform administrator's. */
        private String tampered(String jwt) {
            try {
                SignedJWT signed = SignedJWT.parse(jwt);
                Map<String, Object> claims = new LinkedHashMap<>(signed.getJWTClaimsSet().toJSONObject());
                claims.put("email", "plateforme@test.spplus.fr");
                String payload = Base64URL.encode(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(claims)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                String[] parts = jwt.split("\\.");
                return parts[0] + "." + payload + "." + parts[2];
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** GET {@code /<issuer>/endsession}: records the call, then back to {@code post_logout_redirect_uri} with the state. */
    private final class RecordedEndSession implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> segments = request.getUrl().pathSegments();
            return segments.size() == 2 && segments.get(1).equals("endsession");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String issuerId = request.getUrl().pathSegments().get(0);
            String hint = request.getUrl().queryParameter("id_token_hint");
            String redirect = request.getUrl().queryParameter("post_logout_redirect_uri");
            String state = request.getUrl().queryParameter("state");
            boolean verified = false;
            if (hint != null) {
                try {
                    tokens.verify(server.issuerUrl(issuerId), hint);
                    verified = true;
                } catch (Exception e) { // Kotlin: checked JOSE exceptions undeclared
                    // recorded as not verified
                }
            }
            endSessions.add(new EndSession(issuerId, hint, verified, redirect, state));
            if (redirect == null) {
                return new OAuth2HttpResponse(Headers.of("Content-Type", "text/html;charset=UTF-8"), 200,
                        "<!DOCTYPE html><html lang=\"fr\"><title>Déconnecté</title><p>Déconnecté</p></html>", null);
            }
            String location = state == null ? redirect : redirect + (redirect.contains("?") ? "&" : "?") + "state="
                    + URLEncoder.encode(state, StandardCharsets.UTF_8);
            return new OAuth2HttpResponse(Headers.of("Location", location), 302, "", null);
        }
    }
}
