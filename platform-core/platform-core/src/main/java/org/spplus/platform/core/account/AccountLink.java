package org.spplus.platform.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An account's identity at an external provider (FranceConnect, ProConnect). */
@Entity
@Table(name = "core_account_link")
public class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_account_link_seq")
    @SequenceGenerator(name = "core_account_link_seq", sequenceName = "core_account_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected AccountLink() {
    }

    public AccountLink(long accountId, String provider, String subject) {
        this.accountId = accountId;
        this.provider = provider;
        this.subject = subject;
        this.createdAt = OffsetDateTime.now();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }
}
