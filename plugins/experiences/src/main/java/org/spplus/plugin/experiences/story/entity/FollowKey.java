package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The hash of a key that lets an author without an account follow their story (one per mail sent). */
@Entity
@Table(name = "exp_follow_key")
public class FollowKey {

    @Id
    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "story_id", nullable = false)
    private Long storyId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FollowKey() {
    }

    public FollowKey(String keyHash, long storyId, OffsetDateTime createdAt) {
        this.keyHash = keyHash;
        this.storyId = storyId;
        this.createdAt = createdAt;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Long getStoryId() {
        return storyId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
