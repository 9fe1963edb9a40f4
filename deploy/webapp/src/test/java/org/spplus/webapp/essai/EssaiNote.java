package org.spplus.webapp.essai;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** A tenant-owned note. */
@Entity
@Table(name = "ess_note")
public class EssaiNote extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ess_note_seq")
    @SequenceGenerator(name = "ess_note_seq", sequenceName = "ess_note_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String text;

    protected EssaiNote() {
    }

    public EssaiNote(String text) {
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
