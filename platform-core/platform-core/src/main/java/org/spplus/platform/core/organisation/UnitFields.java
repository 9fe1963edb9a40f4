package org.spplus.platform.core.organisation;

import java.util.Objects;

/** The editable fields of an entity of the tree. */
public record UnitFields(String code, String name, String type, String regionCode, String departementCode) {

    public UnitFields {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    void applyTo(OrgUnit unit) {
        unit.setName(name);
        unit.setType(type);
        unit.setRegionCode(regionCode);
        unit.setDepartementCode(departementCode);
    }
}
