package org.spplus.platform.core.tenancy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.spplus.platform.api.tenant.TenantRef;

/**
 * A public-service network hosted by the platform (platform-wide record). Routing reads tenants from
 * {@link TenantDirectory}'s snapshot, not from this entity, so it is not kept in the shared cache.
 */
@Entity
@Cacheable(false)
@Table(name = "core_tenant")
public class Tenant {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "path_segment", nullable = false, unique = true)
    private String pathSegment;

    @Column(name = "accent_color")
    private String accentColor;

    // loaded with the rest (200 KB at most): with EclipseLink, fetching a lazy attribute of an object
    // already changed in the transaction reloads its other fields and the changes are lost
    @Lob
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_media_type")
    private String logoMediaType;

    @Column(nullable = false)
    private boolean active = true;

    @Lob
    @Column(name = "definition_snapshot")
    private String definitionSnapshot;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String id, String name, String shortName, String pathSegment) {
        this.id = id;
        this.name = name;
        this.shortName = shortName;
        this.pathSegment = pathSegment;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        OffsetDateTime now = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public TenantRef toRef() {
        return new TenantRef(id, name, shortName);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getPathSegment() {
        return pathSegment;
    }

    public void setPathSegment(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoMediaType() {
        return logoMediaType;
    }

    public void setLogo(byte[] logo, String mediaType) {
        this.logo = logo;
        this.logoMediaType = logo == null ? null : mediaType;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getDefinitionSnapshot() {
        return definitionSnapshot;
    }

    public void setDefinitionSnapshot(String definitionSnapshot) {
        this.definitionSnapshot = definitionSnapshot;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
