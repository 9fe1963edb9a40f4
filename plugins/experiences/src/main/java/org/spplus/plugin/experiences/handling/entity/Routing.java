package org.spplus.plugin.experiences.handling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** A move of a case in the tree, or its transfer to another network, with its reason (visible to the receiver). */
@Entity
@Table(name = "exp_routing")
public class Routing extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_routing_seq")
    @SequenceGenerator(name = "exp_routing_seq", sequenceName = "exp_routing_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "from_unit_id")
    private Long fromUnitId;

    @Column(name = "to_unit_id")
    private Long toUnitId;

    @Column(name = "to_tenant_id")
    private String toTenantId;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    protected Routing() {
    }

    public Routing(long caseId, Long fromUnitId, Long toUnitId, String toTenantId, String reason, String actor,
                   OffsetDateTime occurredAt) {
        this.caseId = caseId;
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
        this.toTenantId = toTenantId;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getFromUnitId() {
        return fromUnitId;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public String getToTenantId() {
        return toTenantId;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}
