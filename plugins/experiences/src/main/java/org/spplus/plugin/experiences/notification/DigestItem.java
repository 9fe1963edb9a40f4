package org.spplus.plugin.experiences.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line waiting for a person's next daily digest. */
@Entity
@Table(name = "exp_digest_item")
public class DigestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_digest_item_seq")
    @SequenceGenerator(name = "exp_digest_item_seq", sequenceName = "exp_digest_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String line;

    @Column(nullable = false)
    private String link;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected DigestItem() {
    }

    public DigestItem(long accountId, String email, String line, String link, OffsetDateTime createdAt) {
        this.accountId = accountId;
        this.email = email;
        this.line = line.length() > 600 ? line.substring(0, 597) + "…" : line;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void sent(OffsetDateTime now) {
        this.sentAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getLine() {
        return line;
    }

    public String getLink() {
        return link;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
