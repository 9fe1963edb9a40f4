package org.spplus.platform.core.mail;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import org.spplus.platform.api.mail.OutgoingMail;

/** A mail in the outbox: pending until sent, retried with a growing delay, failed after too many attempts. */
@Entity
@Table(name = "core_mail_outbox")
public class OutboxMail {

    public enum Status { PENDING, SENT, FAILED }

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_mail_outbox_seq")
    @SequenceGenerator(name = "core_mail_outbox_seq", sequenceName = "core_mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected OutboxMail() {
    }

    OutboxMail(String tenantId, OutgoingMail mail) {
        this.tenantId = tenantId;
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.textBody = mail.textBody();
        this.htmlBody = mail.htmlBody();
        this.createdAt = OffsetDateTime.now();
        this.nextAttemptAt = createdAt;
    }

    void markSent() {
        attempts++;
        status = Status.SENT;
        sentAt = OffsetDateTime.now();
        lastError = null;
    }

    /** Records a failed attempt: retried later, or failed for good after {@code maxAttempts}. */
    void markAttemptFailed(String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = OffsetDateTime.now().plus(delayAfter(attempts));
        }
    }

    /** Delay before the next attempt after {@code attempts} failures: 30 s, 1 min, 2 min... at most 1 h. */
    static Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(recipient, subject, textBody, htmlBody);
    }

    public Long getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
