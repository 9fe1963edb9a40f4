package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import org.spplus.plugin.experiences.story.Feeling;

/** A contact channel the citizen used (its code) and how they felt about it (optional). */
@Embeddable
public class ChannelFeeling implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "channel", nullable = false)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "feeling")
    private Feeling feeling;

    protected ChannelFeeling() {
    }

    public ChannelFeeling(String channel, Feeling feeling) {
        this.channel = channel;
        this.feeling = feeling;
    }

    public String getChannel() {
        return channel;
    }

    public Feeling getFeeling() {
        return feeling;
    }
}
