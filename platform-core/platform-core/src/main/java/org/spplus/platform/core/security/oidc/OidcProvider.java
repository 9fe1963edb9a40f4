package org.spplus.platform.core.security.oidc;

import java.net.URI;

/**
 * An identity provider the platform accepts.
 *
 * @param name       "franceconnect" or "proconnect" (URL segment)
 * @param label      name shown on buttons
 * @param acrValues  authentication level asked ({@code eidas1} for FranceConnect), or null
 */
public record OidcProvider(String name, String label, String issuer, String clientId, String clientSecret,
                           String scopes, String acrValues) {

    public static final String FRANCECONNECT = "franceconnect";
    public static final String PROCONNECT = "proconnect";

    /** Scheme, host and port of the issuer, for the pages' form-action policy. */
    public String origin() {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
