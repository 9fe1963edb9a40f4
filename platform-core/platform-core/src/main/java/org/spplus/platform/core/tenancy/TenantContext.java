package org.spplus.platform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.tenant.NoTenantException;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.web.LogContext;

/**
 * The current tenant: the one set by {@link #callAs} on this thread if any, else the one the request
 * filter resolved. Outside both, there is none, and tenant-owned data is out of reach.
 */
@ApplicationScoped
public class TenantContext implements CurrentTenant, TenantScope {

    private static final ThreadLocal<Deque<TenantInfo>> SCOPED = new ThreadLocal<>();

    @Inject
    TenantDirectory directory;

    @Inject
    TenantRequest request;

    @Inject
    PluginRegistry plugins;

    @Inject
    DirectoryTenantCatalog catalog;

    @Inject
    BeanManager beanManager;

    @Override
    public Optional<TenantRef> get() {
        return currentInfo().map(TenantInfo::ref);
    }

    /** The full record of the current tenant, if any. */
    public Optional<TenantInfo> currentInfo() {
        Deque<TenantInfo> scoped = SCOPED.get();
        if (scoped != null && !scoped.isEmpty()) {
            return Optional.of(scoped.peek());
        }
        if (requestContextActive()) {
            return Optional.ofNullable(request.tenant());
        }
        return Optional.empty();
    }

    @Override
    public boolean isPluginEnabled(String pluginId) {
        return plugins.find(pluginId).isPresent() && currentInfo().map(t -> t.enables(pluginId)).orElse(false);
    }

    @Override
    public Map<String, String> pluginSettings(String pluginId) {
        return currentInfo().map(t -> catalog.pluginSettings(t.id(), pluginId))
                .orElseGet(() -> Map.copyOf(catalog.defaultSettings(pluginId)));
    }

    @Override
    public <T> T callAs(String tenantId, Callable<T> work) throws Exception {
        TenantInfo tenant = directory.byId(tenantId)
                .orElseThrow(() -> new NoTenantException("Unknown tenant: " + tenantId));
        Deque<TenantInfo> stack = SCOPED.get();
        if (stack == null) {
            stack = new ArrayDeque<>();
            SCOPED.set(stack);
        }
        stack.push(tenant);
        LogContext previous = LogContext.enter("tenant", tenant.id());
        try {
            return work.call();
        } finally {
            previous.restore();
            stack.pop();
            if (stack.isEmpty()) {
                SCOPED.remove();
            }
        }
    }

    private boolean requestContextActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
