package org.spplus.platform.api.security;

import java.util.Optional;

/** The person behind the current request, as seen by services that enforce authorisation. */
public interface CurrentUser {

    /** The signed-in person, if any. */
    Optional<UserRef> get();

    /**
     * Whether the person holds the role: platform roles anywhere, tenant roles only in the current
     * tenant.
     */
    boolean hasRole(String role);

    /** A short name for logs and the audit trail: the account's e-mail, or "anonyme" / "système". */
    String actorName();
}
