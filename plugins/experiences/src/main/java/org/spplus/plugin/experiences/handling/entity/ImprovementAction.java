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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** An action taken or planned by a network because of a story, public once validated. */
@Entity
@Table(name = "exp_action")
public class ImprovementAction extends TenantOwnedEntity {

    /** Where the action stands in its validation. */
    public enum State { SUBMITTED, RETURNED, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_action_seq")
    @SequenceGenerator(name = "exp_action_seq", sequenceName = "exp_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(name = "action_date")
    private LocalDate actionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.SUBMITTED;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ImprovementAction() {
    }

    public ImprovementAction(StoryCase storyCase, String description, ActionStatus status, LocalDate actionDate,
                             long recordedBy, OffsetDateTime now) {
        this.caseId = storyCase.getId();
        this.storyId = storyCase.getStoryId();
        this.unitId = storyCase.getUnitId();
        this.description = description;
        this.status = status;
        this.actionDate = actionDate;
        this.recordedBy = recordedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void publish(Long reviewerId, OffsetDateTime now) {
        this.state = State.PUBLISHED;
        this.reviewedBy = reviewerId;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    public void sendBack(long reviewerId, String comment, OffsetDateTime now) {
        this.state = State.RETURNED;
        this.reviewedBy = reviewerId;
        this.reviewComment = comment;
        this.updatedAt = now;
    }

    public void edit(String description, ActionStatus status, LocalDate actionDate, OffsetDateTime now) {
        this.description = description;
        this.status = status;
        this.actionDate = actionDate;
        if (state == State.RETURNED) {
            state = State.SUBMITTED;
        }
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getStoryId() {
        return storyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getDescription() {
        return description;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public State getState() {
        return state;
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
