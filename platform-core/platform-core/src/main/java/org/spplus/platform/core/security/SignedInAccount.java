package org.spplus.platform.core.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.tenancy.TenantContext;

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

    @Inject
    TenantContext tenants;

    private boolean loaded;
    private AccountRoles.AccountState state;
    private final Map<String, Set<String>> tenantRoles = new HashMap<>();

    /** The active signed-in account, if any. */
    public Optional<AccountRoles.AccountState> get() {
        if (!loaded) {
            loaded = true;
            Principal principal = security.getCallerPrincipal();
            if (principal instanceof AccountPrincipal account) {
                // within a tenant's pages, its roles are read in the same transaction
                Optional<String> tenant = tenants.get().map(TenantRef::id);
                Optional<AccountRoles.SignedIn> signedIn = roles.signedIn(account.accountId(), tenant.isPresent());
                state = signedIn.map(AccountRoles.SignedIn::account).filter(AccountRoles.AccountState::active).orElse(null);
                signedIn.flatMap(AccountRoles.SignedIn::rolesInCurrentTenant)
                        .ifPresent(held -> tenantRoles.put(tenant.orElseThrow(), held));
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
