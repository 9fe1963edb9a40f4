package org.spplus.platform.core.tenancy.definition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.tenancy.Tenant;
import org.spplus.platform.core.tenancy.TenantHost;
import org.spplus.platform.core.tenancy.TenantPlugin;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.PluginDefinition;

/** Creates or updates the platform-wide records of a tenant (tenant, hosts, plugins) from its definition. */
@ApplicationScoped
public class TenantRecordWriter {

    /** The logo file of a definition, read from its folder. */
    public record Logo(byte[] content, String mediaType, String sha256) {
    }

    @Inject
    Persistence persistence;

    @Inject
    AuditLog audit;

    /** Applies the tenant's own fields; returns the snapshot of the previous load, or null for a new tenant. */
    @Transactional
    public AppliedDefinition upsert(TenantDefinition def, Logo logo) {
        EntityManager em = persistence.platform();
        Tenant tenant = em.find(Tenant.class, def.id());
        AppliedDefinition previous = null;
        TenantDefinition old = null;
        if (tenant == null) {
            tenant = new Tenant(def.id(), def.name(), def.shortName(), def.path());
            tenant.setAccentColor(def.theme().accentColor());
            if (logo != null) {
                tenant.setLogo(logo.content(), logo.mediaType());
            }
            em.persist(tenant);
            audit.record("tenant.created", "tenant", def.id(), Map.of("name", def.name(), "source", def.source()));
        } else {
            previous = DefinitionSnapshots.read(tenant.getDefinitionSnapshot());
            old = previous == null ? null : previous.definition();
            Map<String, Object> changes = new HashMap<>();
            if (changed(def.name(), old == null ? null : old.name(), old)) {
                tenant.setName(def.name());
                changes.put("name", def.name());
            }
            if (changed(def.shortName(), old == null ? null : old.shortName(), old)) {
                tenant.setShortName(def.shortName());
                changes.put("shortName", def.shortName());
            }
            if (changed(def.path(), old == null ? null : old.path(), old)) {
                tenant.setPathSegment(def.path());
                changes.put("path", def.path());
            }
            if (changed(def.theme().accentColor(), old == null ? null : old.theme().accentColor(), old)) {
                tenant.setAccentColor(def.theme().accentColor());
                changes.put("accentColor", String.valueOf(def.theme().accentColor()));
            }
            String logoHash = logo == null ? null : logo.sha256();
            if (changed(logoHash, previous == null ? null : previous.logoSha256(), old)) {
                tenant.setLogo(logo == null ? null : logo.content(), logo == null ? null : logo.mediaType());
                changes.put("logo", logo == null ? "" : def.theme().logoFile());
            }
            if (!changes.isEmpty()) {
                changes.put("source", def.source());
                audit.record("tenant.updated", "tenant", def.id(), changes);
            }
        }
        applyHosts(em, def, old);
        applyPlugins(em, def, old);
        return previous;
    }

    /** Creates a tenant made on the platform (no definition file): name, short name, path = id. */
    @Transactional
    public void create(String id, String name, String shortName) {
        persistence.platform().persist(new Tenant(id, name, shortName, id));
        audit.record("tenant.created", "tenant", id, Map.of("name", name, "source", "plateforme"));
    }

    @Transactional
    public void saveSnapshot(String tenantId, AppliedDefinition applied) {
        persistence.platform().find(Tenant.class, tenantId).setDefinitionSnapshot(DefinitionSnapshots.write(applied));
    }

    private void applyHosts(EntityManager em, TenantDefinition def, TenantDefinition old) {
        Set<String> wanted = new TreeSet<>(def.hosts());
        if (old != null && wanted.equals(new TreeSet<>(old.hosts()))) {
            return;
        }
        List<TenantHost> current = em.createQuery("select h from TenantHost h where h.tenantId = :t", TenantHost.class)
                .setParameter("t", def.id()).getResultList();
        Set<String> present = new TreeSet<>();
        for (TenantHost host : current) {
            if (!wanted.contains(host.getHost())) {
                em.remove(host);
            } else {
                present.add(host.getHost());
            }
        }
        em.flush();
        for (String host : wanted) {
            if (!present.contains(host)) {
                em.persist(new TenantHost(host, def.id()));
            }
        }
    }

    private void applyPlugins(EntityManager em, TenantDefinition def, TenantDefinition old) {
        for (Map.Entry<String, PluginDefinition> entry : def.plugins().entrySet()) {
            String pluginId = entry.getKey();
            PluginDefinition wanted = entry.getValue();
            PluginDefinition before = old == null ? null : old.plugins().get(pluginId);
            TenantPlugin record = em.find(TenantPlugin.class, new TenantPlugin.Key(def.id(), pluginId));
            if (record == null) {
                record = new TenantPlugin(def.id(), pluginId);
                record.setEnabled(wanted.enabled());
                record.setSettings(wanted.settings());
                em.persist(record);
                audit.record(wanted.enabled() ? "tenant.plugin.enabled" : "tenant.plugin.disabled", "tenant", def.id(),
                        Map.of("plugin", pluginId, "source", def.source()));
                continue;
            }
            if (before == null || before.enabled() != wanted.enabled()) {
                if (record.isEnabled() != wanted.enabled()) {
                    record.setEnabled(wanted.enabled());
                    audit.record(wanted.enabled() ? "tenant.plugin.enabled" : "tenant.plugin.disabled", "tenant",
                            def.id(), Map.of("plugin", pluginId, "source", def.source()));
                }
            }
            Map<String, String> settings = new HashMap<>(record.getSettings());
            boolean settingsChanged = false;
            for (Map.Entry<String, String> s : wanted.settings().entrySet()) {
                String oldValue = before == null ? null : before.settings().get(s.getKey());
                if ((before == null || !Objects.equals(s.getValue(), oldValue))
                        && !Objects.equals(settings.get(s.getKey()), s.getValue())) {
                    settings.put(s.getKey(), s.getValue());
                    settingsChanged = true;
                }
            }
            if (settingsChanged) {
                record.setSettings(settings);
                audit.record("tenant.plugin.settings", "tenant", def.id(), Map.of("plugin", pluginId,
                        "source", def.source()));
            }
        }
    }

    /** A file value is applied when there is no previous load, or when the file changed it since. */
    private static boolean changed(Object fileValue, Object previousFileValue, TenantDefinition previous) {
        return previous == null || !Objects.equals(fileValue, previousFileValue);
    }
}
