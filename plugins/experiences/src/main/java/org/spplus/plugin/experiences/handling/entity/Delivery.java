package org.spplus.plugin.experiences.handling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A published or transferred story on its way to a network's inbox (platform-wide): written in the
 * transaction that publishes or transfers, carried out in a transaction bound to the receiving network.
 */
@Entity
@Table(name = "exp_delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_delivery_seq")
    @SequenceGenerator(name = "exp_delivery_seq", sequenceName = "exp_delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "from_tenant_id")
    private String fromTenantId;

    @Column
    private String reason;

    /** Who sent it, when the receiver should be told (the moderation); null for the networks' own moves. */
    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    protected Delivery() {
    }

    public Delivery(long storyId, String tenantId, Long unitId, String fromTenantId, String reason,
                    OffsetDateTime createdAt) {
        this(storyId, tenantId, unitId, fromTenantId, reason, null, createdAt);
    }

    public Delivery(long storyId, String tenantId, Long unitId, String fromTenantId, String reason, String sentBy,
                    OffsetDateTime createdAt) {
        this.sentBy = sentBy;
        this.storyId = storyId;
        this.tenantId = tenantId;
        this.unitId = unitId;
        this.fromTenantId = fromTenantId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public void delivered(OffsetDateTime now) {
        this.deliveredAt = now;
    }

    public void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public Long getStoryId() {
        return storyId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getFromTenantId() {
        return fromTenantId;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
