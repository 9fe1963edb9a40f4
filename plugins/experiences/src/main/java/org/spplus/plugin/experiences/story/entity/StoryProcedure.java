package org.spplus.plugin.experiences.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A procedure (démarche) the story is about, copied from the catalogue when the story is submitted. */
@Embeddable
public class StoryProcedure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "tenant_id")
    private String tenantId;

    protected StoryProcedure() {
    }

    public StoryProcedure(String code, String label, String tenantId) {
        this.code = code;
        this.label = label;
        this.tenantId = tenantId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getTenantId() {
        return tenantId;
    }
}
