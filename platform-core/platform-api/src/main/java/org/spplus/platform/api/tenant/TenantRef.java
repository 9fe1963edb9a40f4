package org.spplus.platform.api.tenant;

import java.util.Objects;

/** An immutable view of a tenant, safe to pass around and to keep in views. */
public record TenantRef(String id, String name, String shortName) implements java.io.Serializable {

    public TenantRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
    }
}
