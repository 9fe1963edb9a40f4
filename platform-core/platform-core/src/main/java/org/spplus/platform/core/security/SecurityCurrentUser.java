package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.security.UserRef;
import org.spplus.platform.api.tenant.CurrentTenant;

/** {@link CurrentUser} read from Jakarta Security's context; background work has no user ("système"). */
@ApplicationScoped
public class SecurityCurrentUser implements CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    CurrentTenant tenant;

    @Inject
    BeanManager beanManager;

    @Override
    public Optional<UserRef> get() {
        return principal().filter(AccountPrincipal.class::isInstance).map(AccountPrincipal.class::cast)
                .map(p -> new UserRef(p.accountId(), p.displayName(), p.email()));
    }

    @Override
    public boolean hasRole(String role) {
        if (principal().isEmpty()) {
            return false;
        }
        if (Roles.TENANT_ROLES.contains(role)) {
            return tenant.get().map(t -> security.isCallerInRole(RoleNames.tenantGroup(t.id(), role))).orElse(false);
        }
        return security.isCallerInRole(role);
    }

    @Override
    public String actorName() {
        if (!requestContextActive()) {
            return "système";
        }
        return principal().map(Principal::getName).orElse("anonyme");
    }

    private boolean requestContextActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private Optional<Principal> principal() {
        if (!requestContextActive()) {
            return Optional.empty(); // background work: nobody is signed in
        }
        try {
            return Optional.ofNullable(security.getCallerPrincipal());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
