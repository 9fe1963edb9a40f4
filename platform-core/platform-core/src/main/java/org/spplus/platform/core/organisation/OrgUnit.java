package org.spplus.platform.core.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/**
 * An entity of a tenant's organisation tree (central, regional, local...), with its inbox. Its
 * {@code path} lists the ids from the root to itself ({@code /1/12/345/}) so that subtree queries are
 * prefix scans.
 */
@Entity
@Table(name = "core_org_unit")
public class OrgUnit extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_org_unit_seq")
    @SequenceGenerator(name = "core_org_unit_seq", sequenceName = "core_org_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_type")
    private String type;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "departement_code")
    private String departementCode;

    @Column(nullable = false)
    private boolean open = true;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name) {
        this.code = code;
        this.name = name;
    }

    @PrePersist
    @PreUpdate
    void beforeWrite() {
        OffsetDateTime now = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        searchText = normalize(name + " " + code);
    }

    /** Lower case without accents, as used for searching names. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        String stripped = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return stripped.length() > 400 ? stripped.substring(0, 400) : stripped;
    }

    /** Places this unit under a parent (or at the root when {@code parent} is null); its id must be set. */
    void placeUnder(OrgUnit parent) {
        if (id == null) {
            throw new IllegalStateException("The unit must be persisted before it is placed in the tree");
        }
        this.parentId = parent == null ? null : parent.id;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public OrgUnitView toView() {
        return new OrgUnitView(id, code, name, type, parentId, depth, regionCode, departementCode, open);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public void setDepartementCode(String departementCode) {
        this.departementCode = departementCode;
    }

    public boolean isOpen() {
        return open;
    }

    void setOpen(boolean open) {
        this.open = open;
        this.closedAt = open ? null : OffsetDateTime.now();
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
