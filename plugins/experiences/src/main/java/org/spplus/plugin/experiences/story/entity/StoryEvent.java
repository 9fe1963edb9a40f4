package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Something that happened to a story that its author and the moderators may see (its history). */
@Entity
@Table(name = "exp_story_event")
public class StoryEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_story_event_seq")
    @SequenceGenerator(name = "exp_story_event_seq", sequenceName = "exp_story_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String actor;

    @Column
    private String details;

    protected StoryEvent() {
    }

    public StoryEvent(long storyId, OffsetDateTime occurredAt, String kind, String actor, String details) {
        this.storyId = storyId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Long getStoryId() {
        return storyId;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getDetails() {
        return details;
    }
}
