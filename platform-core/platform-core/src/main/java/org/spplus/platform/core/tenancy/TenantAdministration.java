package org.spplus.platform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.persistence.ContainerResources;
import org.spplus.platform.core.plugin.PluginRegistry;

/** Changes to a tenant's configuration made through the platform; each is audited and seen at once by routing. */
@ApplicationScoped
public class TenantAdministration {

    @Inject
    Persistence persistence;

    @Inject
    AuditLog audit;

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantDirectory directory;

    @Inject
    ContainerResources container;

    /** Switches a plugin on or off for a tenant: its pages and links appear or vanish for that tenant. */
    @Transactional
    public void setPluginEnabled(String tenantId, String pluginId, boolean enabled) {
        if (plugins.find(pluginId).isEmpty()) {
            throw new IllegalArgumentException("Module inconnu : " + pluginId);
        }
        EntityManager em = persistence.platform();
        if (em.find(Tenant.class, tenantId) == null) {
            throw new IllegalArgumentException("Réseau inconnu : " + tenantId);
        }
        TenantPlugin record = em.find(TenantPlugin.class, new TenantPlugin.Key(tenantId, pluginId));
        if (record == null) {
            record = new TenantPlugin(tenantId, pluginId);
            em.persist(record);
        }
        if (record.isEnabled() != enabled) {
            record.setEnabled(enabled);
            audit.record(enabled ? "tenant.plugin.enabled" : "tenant.plugin.disabled", "tenant", tenantId,
                    Map.of("plugin", pluginId));
        }
        refreshAfterCommit();
    }

    private void refreshAfterCommit() {
        container.transactions().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    directory.refreshQuietly();
                }
            }
        });
    }
}
