package org.spplus.platform.core.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relying-party side of OpenID Connect, on Nimbus: authorization request, code exchange, ID token
 * validation (signature, issuer, audience, expiry, nonce), userinfo fetched and, when signed (always
 * with FranceConnect and ProConnect), verified with the provider's keys; end-session URL.
 */
@ApplicationScoped
public class OidcClient {

    private static final int TIMEOUT_MS = 8000;

    /** A person as the provider vouches for them. */
    public record VerifiedIdentity(String subject, String email, String givenName, String familyName, String idToken,
                                   Map<String, Object> claims) {
    }

    /** The provider refused, or something it sent could not be trusted. */
    public static class OidcException extends Exception {
        private static final long serialVersionUID = 1L;

        public OidcException(String message, Throwable cause) {
            super(message, cause);
        }

        public OidcException(String message) {
            super(message);
        }
    }

    private record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys) {
    }

    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    /** Where to send the browser to sign in. */
    public URI authorizationUrl(OidcProvider provider, String state, String nonce, URI redirectUri) throws OidcException {
        OIDCProviderMetadata metadata = discover(provider).metadata();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(new ResponseType("code"),
                Scope.parse(provider.scopes()), new ClientID(provider.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce));
        if (provider.acrValues() != null) {
            request.customParameter("acr_values", provider.acrValues());
        }
        return request.build().toURI();
    }

    /** Exchanges the code and returns the verified identity; throws if anything does not check out. */
    public VerifiedIdentity complete(OidcProvider provider, String code, URI redirectUri, String expectedNonce)
            throws OidcException {
        Discovered d = discover(provider);
        OIDCProviderMetadata metadata = d.metadata();
        try {
            TokenRequest tokenRequest = new TokenRequest(metadata.getTokenEndpointURI(), clientAuthentication(provider, metadata),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri));
            TokenResponse response = OIDCTokenResponseParser.parse(send(tokenRequest.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new OidcException("Token endpoint refused the code: "
                        + response.toErrorResponse().getErrorObject().getDescription());
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            JWT idToken = tokens.getOIDCTokens().getIDToken();
            IDTokenClaimsSet idClaims = idTokenValidator(provider, metadata).validate(idToken, new Nonce(expectedNonce));
            JWTClaimsSet userInfo = userInfo(provider, d, tokens.getOIDCTokens().getAccessToken());
            if (!idClaims.getSubject().getValue().equals(userInfo.getSubject())) {
                throw new OidcException("Userinfo subject differs from the ID token's");
            }
            Map<String, Object> claims = userInfo.getClaims();
            String family = string(claims, "family_name");
            if (family == null) {
                family = string(claims, "usual_name");
            }
            return new VerifiedIdentity(userInfo.getSubject(), string(claims, "email"), string(claims, "given_name"),
                    family, idToken.getParsedString(), claims);
        } catch (ParseException | IOException | BadJOSEException | JOSEException | java.text.ParseException e) {
            throw new OidcException("Sign-in with " + provider.label() + " failed: " + e.getMessage(), e);
        }
    }

    /** Where to send the browser to end the provider's session too, or null if it has no such endpoint. */
    public URI endSessionUrl(OidcProvider provider, String idToken, String state, URI postLogoutUri) throws OidcException {
        OIDCProviderMetadata metadata = discover(provider).metadata();
        if (metadata.getEndSessionEndpointURI() == null) {
            return null;
        }
        try {
            return new LogoutRequest(metadata.getEndSessionEndpointURI(), JWTParser.parse(idToken), postLogoutUri,
                    new State(state)).toURI();
        } catch (java.text.ParseException e) {
            throw new OidcException("Stored ID token unreadable", e);
        }
    }

    private JWTClaimsSet userInfo(OidcProvider provider, Discovered d, AccessToken accessToken)
            throws IOException, OidcException, BadJOSEException, JOSEException, java.text.ParseException {
        URI endpoint = d.metadata().getUserInfoEndpointURI();
        if (endpoint == null) {
            throw new OidcException(provider.label() + " has no userinfo endpoint");
        }
        HTTPRequest request = new UserInfoRequest(endpoint, accessToken).toHTTPRequest();
        request.setAccept("application/jwt, application/json");
        HTTPResponse response = send(request);
        if (response.getStatusCode() != 200) {
            throw new OidcException(provider.label() + " userinfo answered " + response.getStatusCode());
        }
        String contentType = response.getHeaderValue("Content-Type");
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/jwt")) {
            throw new OidcException(provider.label() + " userinfo is not a signed JWT (" + contentType + ")");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier((header, context) -> { });
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.copyOf(signingAlgorithms(d.metadata())), d.keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(provider.clientId(),
                new JWTClaimsSet.Builder().issuer(d.metadata().getIssuer().getValue()).build(), Set.of("sub")));
        return processor.process(response.getBody().trim(), null);
    }

    private IDTokenValidator idTokenValidator(OidcProvider provider, OIDCProviderMetadata metadata) throws MalformedURLException {
        List<JWSAlgorithm> algorithms = signingAlgorithms(metadata);
        URL jwks = metadata.getJWKSetURI().toURL();
        return new IDTokenValidator(new Issuer(metadata.getIssuer()), new ClientID(provider.clientId()),
                new JWSVerificationKeySelector<>(new HashSet<>(algorithms),
                        JWKSourceBuilder.create(jwks).build()), null);
    }

    private static List<JWSAlgorithm> signingAlgorithms(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
        return algorithms == null || algorithms.isEmpty() ? List.of(JWSAlgorithm.RS256) : algorithms;
    }

    private static ClientAuthentication clientAuthentication(OidcProvider provider, OIDCProviderMetadata metadata) {
        ClientID id = new ClientID(provider.clientId());
        Secret secret = new Secret(provider.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        if (methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(id, secret);
        }
        return new ClientSecretBasic(id, secret);
    }

    private Discovered discover(OidcProvider provider) throws OidcException {
        Discovered known = discovered.get(provider.name());
        if (known != null && known.metadata().getIssuer().getValue().equals(provider.issuer())) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MS, TIMEOUT_MS);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL()).build();
            Discovered d = new Discovered(metadata, keys);
            discovered.put(provider.name(), d);
            return d;
        } catch (Exception e) {
            throw new OidcException(provider.label() + " cannot be reached: " + e.getMessage(), e);
        }
    }

    private static HTTPResponse send(HTTPRequest request) throws IOException {
        request.setConnectTimeout(TIMEOUT_MS);
        request.setReadTimeout(TIMEOUT_MS);
        return request.send();
    }

    private static String string(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null ? null : String.valueOf(value);
    }
}
