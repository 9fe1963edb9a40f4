package org.spplus.platform.core.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.core.organisation.OrganisationService;

/** A network's back-office home: its organisation at a glance and the tools its plugins offer. */
@Named
@RequestScoped
public class BackOfficeHome {

    @Inject
    OrganisationService organisation;

    private OrgUnitView root;
    private List<OrgUnitView> topLevel;
    private long unitCount;

    @PostConstruct
    void prepare() {
        root = organisation.root().orElse(null);
        topLevel = root == null ? List.of() : organisation.children(root.id());
        unitCount = organisation.count();
    }

    public OrgUnitView getRoot() {
        return root;
    }

    public List<OrgUnitView> getTopLevel() {
        return topLevel;
    }

    public long getUnitCount() {
        return unitCount;
    }
}
