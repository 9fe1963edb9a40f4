package org.spplus.platform.core.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * An account whose owner has just proved who they are (password checked, or identity provider's tokens
 * verified). Only the platform's own sign-in code creates it, on the server.
 *
 * @param method how: "mot-de-passe", "franceconnect", "proconnect"
 */
public record VerifiedAccount(long accountId, String method) implements Credential {
}
