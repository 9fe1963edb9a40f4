package org.spplus.platform.api.security;

/**
 * CDI event fired, in the transaction that erases an account at its owner's request: plugins remove the
 * personal data they hold for it and keep what was published, attributed to "un usager".
 */
public record AccountErased(long accountId) {
}
