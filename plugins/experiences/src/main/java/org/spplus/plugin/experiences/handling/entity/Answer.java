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

/** The answer of the entity that holds a case, from the first draft to its publication. */
@Entity
@Table(name = "exp_answer")
public class Answer extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_answer_seq")
    @SequenceGenerator(name = "exp_answer_seq", sequenceName = "exp_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private String body = "";

    @Column
    private String courtesy;

    @Column
    private String signature;

    @Column(name = "answer_status")
    private String answerStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnswerState state = AnswerState.DRAFT;

    @Column(name = "drafted_by")
    private Long draftedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Answer() {
    }

    public Answer(long caseId, OffsetDateTime now) {
        this.caseId = caseId;
        this.updatedAt = now;
    }

    public void edit(String body, String courtesy, String signature, String answerStatus, long agentId,
                     OffsetDateTime now) {
        this.body = body;
        this.courtesy = courtesy;
        this.signature = signature;
        this.answerStatus = answerStatus;
        this.draftedBy = agentId;
        this.updatedAt = now;
    }

    public void submit(OffsetDateTime now) {
        this.state = AnswerState.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void sendBack(long managerId, String comment, OffsetDateTime now) {
        this.state = AnswerState.RETURNED;
        this.reviewedBy = managerId;
        this.reviewComment = comment;
        this.updatedAt = now;
    }

    public void publish(Long reviewerId, OffsetDateTime now) {
        this.state = AnswerState.PUBLISHED;
        this.reviewedBy = reviewerId;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getBody() {
        return body;
    }

    public String getCourtesy() {
        return courtesy;
    }

    public String getSignature() {
        return signature;
    }

    public String getAnswerStatus() {
        return answerStatus;
    }

    public AnswerState getState() {
        return state;
    }

    public Long getDraftedBy() {
        return draftedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
