package org.spplus.platform.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.geo.Geography;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;

/**
 * The network administrator's edits of the organisation tree: create, rename, move, close and reopen
 * entities. Checks rights and input, then hands over to {@link OrganisationService}.
 */
@ApplicationScoped
@Transactional
public class OrganisationAdministration {

    @Inject
    OrganisationService organisation;

    @Inject
    AccessControl access;

    public List<OrgUnitView> tree() {
        access.require(Roles.NETWORK_ADMIN);
        return organisation.wholeTree();
    }

    public OrgUnitView create(long parentId, String code, String name, String type, String departement) {
        access.require(Roles.NETWORK_ADMIN);
        UnitFields fields = checked(code, name, type, departement, true);
        try {
            return organisation.create(parentId, fields);
        } catch (OrganisationException e) {
            throw InvalidInput.of("", e.getMessage());
        }
    }

    public OrgUnitView update(long unitId, String name, String type, String departement) {
        access.require(Roles.NETWORK_ADMIN);
        OrgUnitView unit = organisation.find(unitId)
                .orElseThrow(() -> InvalidInput.of("", "Cette entité n’existe pas dans ce réseau."));
        return organisation.update(unitId, checked(unit.code(), name, type, departement, false));
    }

    public OrgUnitView move(long unitId, long newParentId) {
        access.require(Roles.NETWORK_ADMIN);
        try {
            return organisation.move(unitId, newParentId);
        } catch (OrganisationException e) {
            throw InvalidInput.of("parent", e.getMessage());
        }
    }

    /** Closes an entity; returns the open entity that now holds its inbox. */
    public OrgUnitView close(long unitId) {
        access.require(Roles.NETWORK_ADMIN);
        try {
            organisation.close(unitId);
            return organisation.inboxHolder(unitId);
        } catch (OrganisationException e) {
            throw InvalidInput.of("", e.getMessage());
        }
    }

    public OrgUnitView reopen(long unitId) {
        access.require(Roles.NETWORK_ADMIN);
        return organisation.reopen(unitId);
    }

    private UnitFields checked(String code, String name, String type, String departement, boolean newCode) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String c = Inputs.trimmed(code).toLowerCase(Locale.ROOT);
        if (newCode && !c.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            problems.add("code", "Le code ne peut contenir que des minuscules sans accent, des chiffres et des tirets "
                    + "(par exemple caf-30-nimes).");
        } else if (newCode && organisation.findByCode(c).isPresent()) {
            problems.add("code", "Le code « " + c + " » est déjà utilisé dans ce réseau.");
        }
        String n = Inputs.requiredText(problems, "name", name, 300, "le nom de l’entité");
        String t = Inputs.trimmed(type);
        if (t.length() > 120) {
            problems.add("type", "Le type ne peut pas dépasser 120 caractères.");
        }
        String d = Inputs.trimmed(departement).toUpperCase(Locale.ROOT);
        String region = null;
        if (!d.isEmpty()) {
            var dep = Geography.france().departement(d);
            if (dep.isEmpty()) {
                problems.add("departement", "« " + d + " » n’est pas un code de département (par exemple 30, 2A ou 971).");
            } else {
                region = dep.get().regionCode();
            }
        }
        problems.throwIfAny();
        return new UnitFields(c, n, t.isEmpty() ? null : t, region, d.isEmpty() ? null : d);
    }
}
