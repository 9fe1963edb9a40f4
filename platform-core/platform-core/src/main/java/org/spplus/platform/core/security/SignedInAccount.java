package org.spplus.platform.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.tenant.TenantScope;

/**
 * The signed-in account for the current request, read once from the database, so that a disabled or
 * erased account, or a role withdrawn, takes effect at the next request.
 */
@RequestScoped
public class SignedInAccount {

    @Inject
    SecurityContext security;

    @Inject
    AccountRoles roles;

    @Inject
    TenantScope tenantScope;

    private boolean loaded;
    private AccountRoles.AccountState state;
    private final Map<String, Set<String>> tenantRoles = new HashMap<>();

    /** The active signed-in account, if any. */
    public Optional<AccountRoles.AccountState> get() {
        if (!loaded) {
            loaded = true;
            Principal principal = security.getCallerPrincipal();
            if (principal instanceof AccountPrincipal account) {
                state = roles.account(account.accountId()).filter(AccountRoles.AccountState::active).orElse(null);
            }
        }
        return Optional.ofNullable(state);
    }

    /** The account's roles in a tenant (empty when not an active agent there). */
    public Set<String> rolesIn(String tenantId) {
        Optional<AccountRoles.AccountState> account = get();
        if (account.isEmpty()) {
            return Set.of();
        }
        return tenantRoles.computeIfAbsent(tenantId, t -> {
            try {
                return tenantScope.callAs(t, () -> roles.rolesInCurrentTenant(account.get().id()));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
