package org.spplus.platform.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.spplus.platform.core.tenancy.JsonMaps;

/** A single-use secret sent by mail; only its SHA-256 is kept. */
@Entity
@Table(name = "core_one_time_token")
public class OneTimeToken {

    /** What a token lets its bearer do. */
    public enum Purpose { EMAIL_CONFIRMATION, PASSWORD_RESET, AGENT_INVITATION }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_one_time_token_seq")
    @SequenceGenerator(name = "core_one_time_token_seq", sequenceName = "core_one_time_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "tenant_id")
    private String tenantId;

    @Lob
    @Column(nullable = false)
    private String payload = "{}";

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OneTimeToken() {
    }

    OneTimeToken(String tokenHash, Purpose purpose, long accountId, String tenantId, Map<String, String> payload,
                 OffsetDateTime expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.tenantId = tenantId;
        this.payload = JsonMaps.write(payload);
        this.expiresAt = expiresAt;
        this.createdAt = OffsetDateTime.now();
    }

    boolean usable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed() {
        usedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Map<String, String> getPayload() {
        return JsonMaps.read(payload);
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}
