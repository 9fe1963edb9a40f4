package org.spplus.platform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantRef;

/**
 * The tenants as routing sees them, held in memory and replaced as a whole on {@link #refresh()}:
 * after start-up, after any change made through the platform, and periodically so that the nodes of a
 * cluster converge.
 */
@ApplicationScoped
public class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

    private record Snapshot(Map<String, TenantInfo> byId, Map<String, TenantInfo> byPath, Map<String, TenantInfo> byHost) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of());
    }

    @Inject
    Persistence persistence;

    private volatile Snapshot snapshot = Snapshot.EMPTY;

    /**
     * Reloads every tenant, its hosts and plugin states from the database. Refreshes run one at a time,
     * so that a periodic refresh that read the tables before a change was committed cannot replace, after
     * it, the snapshot the change's own refresh made.
     */
    @Transactional
    public synchronized void refresh() {
        var em = persistence.platform();
        Map<String, List<String>> hosts = new HashMap<>();
        for (TenantHost h : em.createQuery("select h from TenantHost h order by h.host", TenantHost.class).getResultList()) {
            hosts.computeIfAbsent(h.getTenantId(), k -> new ArrayList<>()).add(h.getHost());
        }
        Map<String, Map<String, TenantInfo.PluginState>> plugins = new HashMap<>();
        for (TenantPlugin p : em.createQuery("select p from TenantPlugin p", TenantPlugin.class).getResultList()) {
            plugins.computeIfAbsent(p.getTenantId(), k -> new LinkedHashMap<>())
                    .put(p.getPluginId(), new TenantInfo.PluginState(p.isEnabled(), p.getSettings()));
        }
        List<Object[]> rows = em.createQuery(
                "select t.id, t.name, t.shortName, t.pathSegment, t.accentColor, t.active, "
                        + "(case when t.logoMediaType is null then false else true end) from Tenant t order by t.name",
                Object[].class).getResultList();
        Map<String, TenantInfo> byId = new LinkedHashMap<>();
        Map<String, TenantInfo> byPath = new HashMap<>();
        Map<String, TenantInfo> byHost = new HashMap<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            TenantInfo info = new TenantInfo(new TenantRef(id, (String) row[1], (String) row[2]), (String) row[3],
                    List.copyOf(hosts.getOrDefault(id, List.of())), (String) row[4], Boolean.TRUE.equals(row[6]),
                    Boolean.TRUE.equals(row[5]), Map.copyOf(plugins.getOrDefault(id, Map.of())));
            byId.put(id, info);
            byPath.put(info.pathSegment(), info);
            info.hosts().forEach(h -> byHost.put(h, info));
        }
        snapshot = new Snapshot(java.util.Collections.unmodifiableMap(byId), Map.copyOf(byPath), Map.copyOf(byHost));
        LOG.fine(() -> "Tenant directory refreshed: " + byId.keySet());
    }

    /** Refreshes in a new transaction (for use after a commit), logging rather than throwing on failure. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Tenant directory refresh failed; the periodic refresh will retry", e);
        }
    }

    public Optional<TenantInfo> byId(String id) {
        return Optional.ofNullable(id == null ? null : snapshot.byId().get(id));
    }

    /** An active tenant addressed by its path segment ({@code /t/{segment}/}). */
    public Optional<TenantInfo> byPath(String segment) {
        return Optional.ofNullable(segment == null ? null : snapshot.byPath().get(segment)).filter(TenantInfo::active);
    }

    /** An active tenant addressed by the request's host name (port ignored). */
    public Optional<TenantInfo> byHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        return Optional.ofNullable(snapshot.byHost().get(name)).filter(TenantInfo::active);
    }

    /** All tenants, active or not, by name. */
    public Collection<TenantInfo> all() {
        return snapshot.byId().values();
    }

    /** Whether at least one active tenant has switched the plugin on (its public pages exist then). */
    public boolean anyTenantEnables(String pluginId) {
        return snapshot.byId().values().stream().anyMatch(t -> t.active() && t.enables(pluginId));
    }
}
