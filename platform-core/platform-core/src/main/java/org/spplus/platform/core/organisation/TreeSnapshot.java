package org.spplus.platform.core.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.organisation.OrgUnitView;

/**
 * A tenant's whole organisation tree at one version, in memory and immutable: the tree queries that pages run at
 * every request (a manager's units and everything below them, the tree of a filter, a unit's ancestors) are
 * answered without reading the database.
 */
final class TreeSnapshot {

    private record Node(OrgUnitView view, String path, List<OrgUnitView> children) {
    }

    private final long version;
    private final List<OrgUnitView> depthFirst;
    private final Map<Long, Node> byId;
    private final OrgUnitView root;

    private TreeSnapshot(long version, List<OrgUnitView> depthFirst, Map<Long, Node> byId,
                         OrgUnitView root) {
        this.version = version;
        this.depthFirst = depthFirst;
        this.byId = byId;
        this.root = root;
    }

    /** The snapshot of these units (the whole tree of one tenant) at this version. */
    static TreeSnapshot of(long version, List<OrgUnit> units) {
        List<OrgUnit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(OrgUnit::getDepth).thenComparing(OrgUnit::getName)
                .thenComparing(OrgUnit::getId));
        Map<Long, Node> byId = new HashMap<>();
        OrgUnitView root = null;
        for (OrgUnit unit : sorted) { // parents before children: each child joins its parent's list, by name
            OrgUnitView view = unit.toView();
            byId.put(view.id(), new Node(view, unit.getPath(), new ArrayList<>()));
            if (view.parentId() == null) {
                root = root == null || view.id() < root.id() ? view : root;
            } else if (byId.containsKey(view.parentId())) {
                byId.get(view.parentId()).children().add(view);
            }
        }
        List<OrgUnitView> depthFirst = new ArrayList<>(sorted.size());
        if (root != null) {
            appendDepthFirst(root, byId, depthFirst);
        }
        byId.replaceAll((id, node) -> new Node(node.view(), node.path(), List.copyOf(node.children())));
        return new TreeSnapshot(version, List.copyOf(depthFirst), Map.copyOf(byId), root);
    }

    private static void appendDepthFirst(OrgUnitView unit, Map<Long, Node> byId, List<OrgUnitView> out) {
        out.add(unit);
        for (OrgUnitView child : byId.get(unit.id()).children()) {
            appendDepthFirst(child, byId, out);
        }
    }

    long version() {
        return version;
    }

    Optional<OrgUnitView> find(long unitId) {
        return Optional.ofNullable(byId.get(unitId)).map(Node::view);
    }

    Optional<OrgUnitView> root() {
        return Optional.ofNullable(root);
    }

    /** Every unit after its parent: root first, siblings by name. */
    List<OrgUnitView> depthFirst() {
        return depthFirst;
    }

    /** The unit's children by name; empty for an unknown unit. */
    List<OrgUnitView> children(long unitId) {
        Node node = byId.get(unitId);
        return node == null ? List.of() : node.children();
    }

    /** The unit's ancestors, root first, the unit excluded; empty for an unknown unit. */
    List<OrgUnitView> ancestors(long unitId) {
        List<OrgUnitView> ancestors = new ArrayList<>();
        Node node = byId.get(unitId);
        while (node != null && node.view().parentId() != null) {
            node = byId.get(node.view().parentId());
            if (node != null) {
                ancestors.add(0, node.view());
            }
        }
        return ancestors;
    }

    /** The unit and everything below it, each after its parent; empty for an unknown unit. */
    Set<Long> subtreeIds(long unitId) {
        Set<Long> ids = new LinkedHashSet<>();
        if (byId.containsKey(unitId)) {
            collect(unitId, ids);
        }
        return ids;
    }

    private void collect(long unitId, Set<Long> ids) {
        ids.add(unitId);
        for (OrgUnitView child : byId.get(unitId).children()) {
            collect(child.id(), ids);
        }
    }

    /** Whether the unit is the ancestor or below it (false when either is unknown). */
    boolean isInSubtree(long unitId, long ancestorId) {
        Node unit = byId.get(unitId);
        Node ancestor = byId.get(ancestorId);
        return unit != null && ancestor != null && unit.path().startsWith(ancestor.path());
    }
}
