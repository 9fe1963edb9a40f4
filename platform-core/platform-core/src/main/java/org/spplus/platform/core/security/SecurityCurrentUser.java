package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.security.UserRef;
import org.spplus.platform.api.tenant.CurrentTenant;

/** {@link CurrentUser} of the current request; background work has nobody ("système"). */
@ApplicationScoped
public class SecurityCurrentUser implements CurrentUser {

    @Inject
    SignedInAccount account;

    @Inject
    CurrentTenant tenant;

    @Inject
    BeanManager beanManager;

    @Override
    public Optional<UserRef> get() {
        if (!requestContextActive()) {
            return Optional.empty();
        }
        return account.get().map(a -> new UserRef(a.id(), a.displayName(), a.email()));
    }

    @Override
    public boolean hasRole(String role) {
        if (!requestContextActive()) {
            return false;
        }
        Optional<AccountRoles.AccountState> state = account.get();
        if (state.isEmpty()) {
            return false;
        }
        if (Roles.CITIZEN.equals(role)) {
            return true; // every account can speak as a citizen
        }
        if (Roles.TENANT_ROLES.contains(role)) {
            return tenant.get().map(t -> account.rolesIn(t.id()).contains(role)).orElse(false);
        }
        return state.get().platformRoles().contains(role);
    }

    @Override
    public String actorName() {
        if (!requestContextActive()) {
            return "système";
        }
        return account.get().map(AccountRoles.AccountState::email).orElse("anonyme");
    }

    private boolean requestContextActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
