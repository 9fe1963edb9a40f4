package org.spplus.platform.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/** Whether a tenant has switched a plugin on, and its settings for it. */
@Entity
@Table(name = "core_tenant_plugin")
@IdClass(TenantPlugin.Key.class)
public class TenantPlugin {

    /** Composite key (tenant, plugin). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String pluginId;

        public Key() {
        }

        public Key(String tenantId, String pluginId) {
            this.tenantId = tenantId;
            this.pluginId = pluginId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(pluginId, k.pluginId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, pluginId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Lob
    @Column(nullable = false)
    private String settings = "{}";

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TenantPlugin() {
    }

    public TenantPlugin(String tenantId, String pluginId) {
        this.tenantId = tenantId;
        this.pluginId = pluginId;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, String> getSettings() {
        return JsonMaps.read(settings);
    }

    public void setSettings(Map<String, String> values) {
        this.settings = JsonMaps.write(values);
    }
}
