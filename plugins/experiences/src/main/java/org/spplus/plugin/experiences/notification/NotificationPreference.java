package org.spplus.plugin.experiences.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How a person wants the plugin's mails: at once (no row, or false) or in a daily digest. */
@Entity
@Table(name = "exp_notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected NotificationPreference() {
    }

    public NotificationPreference(long accountId) {
        this.accountId = accountId;
    }

    public void choose(boolean dailyDigest, OffsetDateTime now) {
        this.dailyDigest = dailyDigest;
        this.updatedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }
}
