package org.spplus.platform.api.audit;

import java.util.Map;

/**
 * Records who did what to which object and when, in the current transaction. The actor is the
 * current user (or the system for background work); the tenant is the current one, if any.
 */
public interface AuditLog {

    /**
     * @param action     what was done, a stable dotted name such as {@code "organisation.unit.renamed"}
     * @param objectType kind of object, such as {@code "org-unit"}
     * @param objectId   identifier of the object
     * @param details    small key/value facts worth keeping (old and new values...), never secrets
     */
    void record(String action, String objectType, String objectId, Map<String, ?> details);

    default void record(String action, String objectType, String objectId) {
        record(action, objectType, objectId, Map.of());
    }
}
