package org.spplus.plugin.experiences.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.organisation.OrganisationTree;

/** Reads of the current network's tree, each in a new transaction (so that it is bound to that network). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TreeReads {

    @Inject
    OrganisationTree tree;

    public Optional<OrgUnitView> find(long unitId) {
        return tree.find(unitId);
    }

    public Optional<OrgUnitView> findByCode(String code) {
        return tree.findByCode(code);
    }

    public Optional<OrgUnitView> root() {
        return tree.root();
    }

    public OrgUnitView inboxHolder(long unitId) {
        return tree.inboxHolder(unitId);
    }

    public List<OrgUnitView> wholeTree() {
        return tree.wholeTree();
    }

    public List<OrgUnitView> search(String text, int limit) {
        return tree.search(text, limit).stream().filter(OrgUnitView::open).toList();
    }
}
