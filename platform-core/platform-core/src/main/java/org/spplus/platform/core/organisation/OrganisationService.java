package org.spplus.platform.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrgUnitClosed;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;

/**
 * The current tenant's organisation tree: queries for plugins, and the changes network administrators
 * (and tenant definitions) make. Every change is audited. The queries read the tree kept in memory
 * ({@link TreeSnapshots}), but those by code and by name; every change to units goes through this class, which tells
 * the snapshots so that the rest of its transaction sees it.
 */
@ApplicationScoped
@Transactional
public class OrganisationService implements OrganisationTree {

    @Inject
    Persistence persistence;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrgUnitClosed> closedEvents;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TreeSnapshots snapshots;

    private EntityManager em() {
        return persistence.tenant();
    }

    private TreeSnapshot tree() {
        return snapshots.current();
    }

    @Override
    public Optional<OrgUnitView> find(long unitId) {
        return tree().find(unitId);
    }

    /** From the database: tenant definitions look up each of their units by code while they write the tree. */
    @Override
    public Optional<OrgUnitView> findByCode(String code) {
        return unitByCode(code).map(OrgUnit::toView);
    }

    @Override
    public Optional<OrgUnitView> root() {
        return tree().root();
    }

    @Override
    public List<OrgUnitView> children(long unitId) {
        return tree().children(unitId);
    }

    @Override
    public List<OrgUnitView> ancestors(long unitId) {
        requireView(unitId);
        return tree().ancestors(unitId);
    }

    @Override
    public Set<Long> subtreeIds(long unitId) {
        requireView(unitId);
        return tree().subtreeIds(unitId);
    }

    @Override
    public boolean isInSubtree(long unitId, long ancestorId) {
        return tree().isInSubtree(unitId, ancestorId);
    }

    @Override
    public OrgUnitView inboxHolder(long unitId) {
        OrgUnitView unit = requireView(unitId);
        if (unit.open()) {
            return unit;
        }
        List<OrgUnitView> ancestors = ancestors(unitId);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (ancestors.get(i).open()) {
                return ancestors.get(i);
            }
        }
        throw new IllegalStateException("No open entity above " + unit.code());
    }

    @Override
    public List<OrgUnitView> search(String text, int limit) {
        String needle = OrgUnit.normalize(text == null ? "" : text.trim());
        return em().createQuery("select u from OrgUnit u where u.searchText like :needle escape '\\' order by u.depth, u.name",
                        OrgUnit.class)
                .setParameter("needle", "%" + escapeLike(needle) + "%")
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultStream().map(OrgUnit::toView).toList();
    }

    /** The whole tree, ordered so that every unit comes after its parent (root first, siblings by name). */
    @Override
    public List<OrgUnitView> wholeTree() {
        return tree().depthFirst();
    }

    public long count() {
        return em().createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult();
    }

    /** Creates the tenant's root entity; refused if it already has one. */
    public OrgUnitView createRoot(UnitFields fields) {
        if (root().isPresent()) {
            throw new OrganisationException("Ce réseau a déjà une entité racine.");
        }
        return insert(null, fields);
    }

    /** Creates an entity under a parent. */
    public OrgUnitView create(long parentId, UnitFields fields) {
        return insert(require(parentId), fields);
    }

    private OrgUnitView insert(OrgUnit parent, UnitFields fields) {
        if (unitByCode(fields.code()).isPresent()) {
            throw new OrganisationException("Le code « " + fields.code() + " » est déjà utilisé dans ce réseau.");
        }
        OrgUnit unit = new OrgUnit(fields.code(), fields.name());
        fields.applyTo(unit);
        EntityManager em = em();
        em.persist(unit);
        unit.placeUnder(parent);
        snapshots.changed();
        audit.record("organisation.unit.created", "org-unit", fields.code(),
                Map.of("name", fields.name(), "parent", parent == null ? "" : parent.getCode()));
        return unit.toView();
    }

    /** Changes what an entity is called and where it is, not where it sits in the tree. */
    public OrgUnitView update(long unitId, UnitFields fields) {
        OrgUnit unit = require(unitId);
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        if (!fields.name().equals(unit.getName())) {
            changes.put("name", unit.getName() + " → " + fields.name());
        }
        if (!java.util.Objects.equals(fields.type(), unit.getType())) {
            changes.put("type", fields.type());
        }
        if (!java.util.Objects.equals(fields.regionCode(), unit.getRegionCode())
                || !java.util.Objects.equals(fields.departementCode(), unit.getDepartementCode())) {
            changes.put("place", fields.regionCode() + "/" + fields.departementCode());
        }
        fields.applyTo(unit);
        snapshots.changed();
        if (!changes.isEmpty()) {
            audit.record("organisation.unit.updated", "org-unit", unit.getCode(), changes);
        }
        return unit.toView();
    }

    /** Moves an entity, with everything below it, under another parent. */
    public OrgUnitView move(long unitId, long newParentId) {
        OrgUnit unit = require(unitId);
        OrgUnit newParent = require(newParentId);
        if (unit.getParentId() == null) {
            throw new OrganisationException("L'entité racine ne peut pas être déplacée.");
        }
        if (newParent.getPath().startsWith(unit.getPath())) {
            throw new OrganisationException("« " + unit.getName() + " » ne peut pas être placée sous elle-même ou sous "
                    + "une entité qui en dépend.");
        }
        if (newParentId == unit.getParentId()) {
            return unit.toView();
        }
        EntityManager em = em();
        String oldPrefix = unit.getPath();
        int oldDepth = unit.getDepth();
        String oldParentCode = require(unit.getParentId()).getCode();
        em.flush();
        String newPrefix = newParent.getPath() + unit.getId() + "/";
        int delta = newParent.getDepth() + 1 - oldDepth;
        SubtreeRange range = SubtreeRange.of(oldPrefix);
        em.createQuery("update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, :cut)), "
                        + "u.depth = u.depth + :delta where u.path >= :from and u.path < :to")
                .setParameter("newPrefix", newPrefix)
                .setParameter("cut", oldPrefix.length() + 1)
                .setParameter("delta", delta)
                .setParameter("from", range.from())
                .setParameter("to", range.to())
                .executeUpdate();
        em.createQuery("update OrgUnit u set u.parentId = :parent where u.id = :id")
                .setParameter("parent", newParentId).setParameter("id", unitId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(OrgUnit.class);
        em.clear();
        snapshots.changed();
        audit.record("organisation.unit.moved", "org-unit", unit.getCode(),
                Map.of("from", oldParentCode, "to", newParent.getCode()));
        return require(unitId).toView();
    }

    /** Closes an entity: its inbox, and those of closed units below it, go to its nearest open ancestor. */
    public OrgUnitView close(long unitId) {
        OrgUnit unit = require(unitId);
        if (unit.getParentId() == null) {
            throw new OrganisationException("L'entité racine ne peut pas être fermée.");
        }
        if (!unit.isOpen()) {
            return unit.toView();
        }
        unit.setOpen(false);
        snapshots.changed();
        OrgUnitView holder = inboxHolder(unitId);
        audit.record("organisation.unit.closed", "org-unit", unit.getCode(), Map.of("inboxTo", holder.code()));
        closedEvents.fire(new OrgUnitClosed(currentTenant.require().id(), unitId, holder.id()));
        return unit.toView();
    }

    /** Opens a closed entity again; its inbox fills again from new items only. */
    public OrgUnitView reopen(long unitId) {
        OrgUnit unit = require(unitId);
        if (!unit.isOpen()) {
            unit.setOpen(true);
            snapshots.changed();
            audit.record("organisation.unit.reopened", "org-unit", unit.getCode());
        }
        return unit.toView();
    }

    Optional<OrgUnit> unitByCode(String code) {
        return em().createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private OrgUnitView requireView(long unitId) {
        return find(unitId).orElseThrow(() -> new OrganisationException("Cette entité n'existe pas dans ce réseau."));
    }

    private OrgUnit require(long unitId) {
        OrgUnit unit = em().find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new OrganisationException("Cette entité n'existe pas dans ce réseau.");
        }
        return unit;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
