package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reason moderators may give for not publishing a story, from the list they manage. */
@Entity
@Table(name = "exp_rejection_reason")
public class RejectionReason {

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private int position;

    protected RejectionReason() {
    }

    public RejectionReason(String code, String label, int position) {
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getPosition() {
        return position;
    }
}
