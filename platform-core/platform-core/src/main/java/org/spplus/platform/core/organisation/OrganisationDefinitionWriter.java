package org.spplus.platform.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.UnitDefinition;

/**
 * Brings the current tenant's tree in line with its definition file: missing entities are created, and
 * fields the file changed since its last load are applied (name, place, parent, closed). Entities are
 * never deleted: those that left the file stay as they are.
 */
@ApplicationScoped
public class OrganisationDefinitionWriter {

    private static final Logger LOG = Logger.getLogger(OrganisationDefinitionWriter.class.getName());

    @Inject
    OrganisationService organisation;

    /** What this load did, for the log. */
    public record Changes(int created, int updated, int moved, int closedOrReopened) {
    }

    @Transactional
    public Changes apply(UnitDefinition root, UnitDefinition previousRoot) {
        Map<String, UnitDefinition> previous = new HashMap<>();
        Map<String, String> previousParents = new HashMap<>();
        if (previousRoot != null) {
            index(previousRoot, null, previous, previousParents);
        }
        Counter counter = new Counter();
        OrgUnitView existingRoot = organisation.root().orElse(null);
        if (existingRoot != null && !existingRoot.code().equals(root.code())) {
            LOG.warning(() -> "The tree's root in the definition (" + root.code() + ") differs from the database's ("
                    + existingRoot.code() + "): the tree is left as it is");
            return counter.result();
        }
        walk(root, null, null, previous, previousParents, counter);
        return counter.result();
    }

    private void walk(UnitDefinition def, OrgUnitView parent, String parentCode, Map<String, UnitDefinition> previous,
                      Map<String, String> previousParents, Counter counter) {
        UnitFields fields = new UnitFields(def.code(), def.name(), def.type(), def.region(), def.departement());
        OrgUnitView unit = organisation.findByCode(def.code()).orElse(null);
        UnitDefinition before = previous.get(def.code());
        if (unit == null) {
            unit = parent == null ? organisation.createRoot(fields) : organisation.create(parent.id(), fields);
            counter.created++;
            if (def.closed()) {
                unit = organisation.close(unit.id());
                counter.closedOrReopened++;
            }
        } else {
            if (before == null || !sameFields(def, before)) {
                if (!sameFields(def, unit)) {
                    unit = organisation.update(unit.id(), fields);
                    counter.updated++;
                }
            }
            boolean parentChangedInFile = before == null || !Objects.equals(previousParents.get(def.code()), parentCode);
            if (parent != null && parentChangedInFile && !Objects.equals(unit.parentId(), parent.id())) {
                unit = organisation.move(unit.id(), parent.id());
                counter.moved++;
            }
            boolean closedChangedInFile = before == null || before.closed() != def.closed();
            if (closedChangedInFile && unit.open() == def.closed()) {
                unit = def.closed() ? organisation.close(unit.id()) : organisation.reopen(unit.id());
                counter.closedOrReopened++;
            }
        }
        for (UnitDefinition child : def.children()) {
            walk(child, unit, def.code(), previous, previousParents, counter);
        }
    }

    private static boolean sameFields(UnitDefinition a, UnitDefinition b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.type(), b.type())
                && Objects.equals(a.region(), b.region()) && Objects.equals(a.departement(), b.departement());
    }

    private static boolean sameFields(UnitDefinition def, OrgUnitView unit) {
        return Objects.equals(def.name(), unit.name()) && Objects.equals(def.type(), unit.type())
                && Objects.equals(def.region(), unit.regionCode()) && Objects.equals(def.departement(), unit.departementCode());
    }

    private static void index(UnitDefinition unit, String parentCode, Map<String, UnitDefinition> byCode,
                              Map<String, String> parents) {
        byCode.put(unit.code(), unit);
        parents.put(unit.code(), parentCode);
        unit.children().forEach(child -> index(child, unit.code(), byCode, parents));
    }

    private static final class Counter {
        int created;
        int updated;
        int moved;
        int closedOrReopened;

        Changes result() {
            return new Changes(created, updated, moved, closedOrReopened);
        }
    }
}
