package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What a person has typed in the wizard so far, under the hash of a random key kept in their browser. */
@Entity
@Table(name = "exp_draft")
public class Draft {

    @Id
    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String payload;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Draft() {
    }

    public Draft(String keyHash) {
        this.keyHash = keyHash;
    }

    public void update(String payload, Long accountId, OffsetDateTime now) {
        this.payload = payload;
        if (accountId != null) {
            this.accountId = accountId;
        }
        this.updatedAt = now;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPayload() {
        return payload;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
