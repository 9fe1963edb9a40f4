package org.spplus.plugin.experiences.handling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** A network's handling of a published story: the inbox (entity) that holds it and where it stands. */
@Entity
@Table(name = "exp_case")
public class StoryCase extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_case_seq")
    @SequenceGenerator(name = "exp_case_seq", sequenceName = "exp_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.NEW;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;

    @Column(nullable = false)
    private String tags = "";

    @Column(nullable = false)
    private String channels = "";

    @Column(name = "improvement_note")
    private String improvementNote;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected StoryCase() {
    }

    public StoryCase(long storyId, long unitId, OffsetDateTime receivedAt, OffsetDateTime dueAt) {
        this.storyId = storyId;
        this.unitId = unitId;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.updatedAt = receivedAt;
    }

    public void claim(long accountId, OffsetDateTime now) {
        this.claimedBy = accountId;
        if (status == CaseStatus.NEW) {
            status = CaseStatus.IN_PROGRESS;
        }
        this.updatedAt = now;
    }

    public void moveTo(long unitId, OffsetDateTime now) {
        this.unitId = unitId;
        this.claimedBy = null;
        this.updatedAt = now;
    }

    public void transferred(OffsetDateTime now) {
        this.status = CaseStatus.TRANSFERRED;
        this.updatedAt = now;
    }

    public void awaitValidation(OffsetDateTime now) {
        this.status = CaseStatus.AWAITING_VALIDATION;
        this.updatedAt = now;
    }

    public void backInProgress(OffsetDateTime now) {
        this.status = CaseStatus.IN_PROGRESS;
        this.updatedAt = now;
    }

    public void answered(OffsetDateTime now) {
        this.status = CaseStatus.ANSWERED;
        this.answeredAt = now;
        this.updatedAt = now;
    }

    public void escalated(OffsetDateTime now) {
        this.escalatedAt = now;
    }

    public void qualify(String tags, String channels, String improvementNote, OffsetDateTime now) {
        this.tags = tags;
        this.channels = channels;
        this.improvementNote = improvementNote;
        if (status == CaseStatus.NEW) {
            status = CaseStatus.IN_PROGRESS;
        }
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStoryId() {
        return storyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Long getClaimedBy() {
        return claimedBy;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public String getTags() {
        return tags;
    }

    public String getChannels() {
        return channels;
    }

    public String getImprovementNote() {
        return improvementNote;
    }

    public long getVersion() {
        return version;
    }
}
