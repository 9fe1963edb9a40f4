package org.spplus.platform.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.spplus.platform.core.tenancy.JsonMaps;

/** One line of the audit log. Never updated nor deleted (the database refuses it). */
@Entity
@Table(name = "core_audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_audit_event_seq")
    @SequenceGenerator(name = "core_audit_event_seq", sequenceName = "core_audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    private String objectId;

    @Lob
    @Column(nullable = false, updatable = false)
    private String details;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    protected AuditEvent() {
    }

    AuditEvent(String tenantId, String actor, Long actorAccountId, String action, String objectType, String objectId,
               Map<String, ?> details, String requestId) {
        this.tenantId = tenantId;
        this.occurredAt = OffsetDateTime.now();
        this.actor = actor;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.details = JsonMaps.write(details);
        this.requestId = requestId;
    }

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public Map<String, String> getDetails() {
        return JsonMaps.read(details);
    }

    public String getRequestId() {
        return requestId;
    }
}
