package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An internal comment on a story (never public), seen by the moderators and by every network and entity the
 * story concerns: platform-wide, since it crosses networks.
 */
@Entity
@Table(name = "exp_comment")
public class StoryComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_comment_seq")
    @SequenceGenerator(name = "exp_comment_seq", sequenceName = "exp_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "unit_name")
    private String unitName;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected StoryComment() {
    }

    /**
     * @param tenantId the network of the author (null for the moderation)
     * @param unitName the author's entity, or "Modération"
     * @param author   the author's name as shown to the other parties
     */
    public StoryComment(long storyId, String tenantId, String unitName, String author, String body, OffsetDateTime now) {
        this.storyId = storyId;
        this.tenantId = tenantId;
        this.unitName = unitName;
        this.author = author;
        this.body = body;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getStoryId() {
        return storyId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
