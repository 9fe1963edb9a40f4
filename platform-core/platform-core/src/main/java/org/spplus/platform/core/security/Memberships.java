package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.core.web.LocalRedirects;

/**
 * The networks the signed-in person works for, for the header's "espace agents" links. Read network by
 * network (each network's agents are isolated from the others) and kept a minute in the session.
 */
@ApplicationScoped
public class Memberships {

    private static final String CACHE = "spplus.memberships";
    private static final long TTL_MS = 60_000;

    /** A network the person belongs to. */
    public record Membership(String tenantId, String shortName, String name, String pathSegment, Set<String> roles)
            implements Serializable {
    }

    private record Cached(long accountId, long at, List<Membership> memberships) implements Serializable {
    }

    @Inject
    SignedInAccount account;

    @Inject
    AccountRoles roles;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope tenantScope;

    public List<Membership> ofCurrentAccount() {
        var state = account.get();
        if (state.isEmpty()) {
            return List.of();
        }
        long accountId = state.get().id();
        HttpSession session = session();
        if (session != null && session.getAttribute(CACHE) instanceof Cached cached && cached.accountId() == accountId
                && System.currentTimeMillis() - cached.at() < TTL_MS) {
            return cached.memberships();
        }
        List<Membership> result = of(accountId);
        if (session != null) {
            session.setAttribute(CACHE, new Cached(accountId, System.currentTimeMillis(), result));
        }
        return result;
    }

    /** The networks an account works for (read now, not cached). */
    public List<Membership> of(long accountId) {
        List<Membership> result = new ArrayList<>();
        for (TenantInfo tenant : directory.all()) {
            if (!tenant.active()) {
                continue;
            }
            try {
                Set<String> held = tenantScope.callAs(tenant.id(), () -> roles.rolesInCurrentTenant(accountId));
                if (!held.isEmpty()) {
                    result.add(new Membership(tenant.id(), tenant.ref().shortName(), tenant.ref().name(),
                            tenant.pathSegment(), held));
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Where a person goes once signed in: the page they asked for, else the staff area of their only
     * network, else their account page.
     */
    public String landingPath(long accountId, String returnTo) {
        String back = LocalRedirects.safe(returnTo);
        if (back != null && !back.startsWith("/connexion")) {
            return back;
        }
        List<Membership> spaces = of(accountId);
        return spaces.size() == 1 ? "/t/" + spaces.get(0).pathSegment() + "/" : "/compte/";
    }

    private static HttpSession session() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? null : (HttpSession) context.getExternalContext().getSession(false);
    }
}
