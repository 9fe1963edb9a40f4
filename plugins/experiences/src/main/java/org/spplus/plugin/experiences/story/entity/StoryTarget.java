package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A network, and optionally one of its services, that a story concerns. */
@Embeddable
public class StoryTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_name")
    private String unitName;

    protected StoryTarget() {
    }

    public StoryTarget(String tenantId, Long unitId, String unitName) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.unitId = unitId;
        this.unitName = unitName;
    }

    public String getTenantId() {
        return tenantId;
    }

    /** The service chosen, or null when the citizen named the network only (its root inbox then). */
    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }
}
