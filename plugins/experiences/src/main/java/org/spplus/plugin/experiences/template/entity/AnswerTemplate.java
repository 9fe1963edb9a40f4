package org.spplus.plugin.experiences.template.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** A network's answer template: a name its agents choose it by, and the text inserted in their drafts. */
@Entity
@Table(name = "exp_answer_template")
public class AnswerTemplate extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exp_answer_template_seq")
    @SequenceGenerator(name = "exp_answer_template_seq", sequenceName = "exp_answer_template_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected AnswerTemplate() {
    }

    public AnswerTemplate(String name, String body, OffsetDateTime now) {
        this.name = name;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String name, String body, OffsetDateTime now) {
        this.name = name;
        this.body = body;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
