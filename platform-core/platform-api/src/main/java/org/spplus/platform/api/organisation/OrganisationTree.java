package org.spplus.platform.api.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Queries on the current tenant's organisation tree; every method needs a transaction and a tenant. */
public interface OrganisationTree {

    Optional<OrgUnitView> find(long unitId);

    Optional<OrgUnitView> findByCode(String code);

    Optional<OrgUnitView> root();

    List<OrgUnitView> children(long unitId);

    /** The unit's ancestors, root first, the unit itself excluded. */
    List<OrgUnitView> ancestors(long unitId);

    /** Ids of the unit and of every unit below it, at any depth. */
    Set<Long> subtreeIds(long unitId);

    /** Whether {@code unitId} is {@code ancestorId} or below it. */
    boolean isInSubtree(long unitId, long ancestorId);

    /** The unit itself if it is open, else its nearest open ancestor: where its inbox goes. */
    OrgUnitView inboxHolder(long unitId);

    /** The whole tree, every unit after its parent (root first, siblings by name). */
    List<OrgUnitView> wholeTree();

    /** Units whose name or code contains the text (accent- and case-insensitive), at most {@code limit}. */
    List<OrgUnitView> search(String text, int limit);
}
