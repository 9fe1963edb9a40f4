package org.spplus.platform.core.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serial;

/** The caller once authenticated: an account of the platform. */
public class AccountPrincipal extends CallerPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;

    public AccountPrincipal(long accountId, String email, String displayName) {
        super(email);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return getName();
    }

    public String displayName() {
        return displayName;
    }
}
