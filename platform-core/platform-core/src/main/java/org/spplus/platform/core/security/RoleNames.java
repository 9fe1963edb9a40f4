package org.spplus.platform.core.security;

/**
 * How roles are named as Jakarta Security groups: platform roles as themselves ({@code moderator}),
 * tenant roles qualified by their tenant ({@code tenant:caf:manager}), so that a role held in one
 * network means nothing in another.
 */
public final class RoleNames {

    private RoleNames() {
    }

    public static String tenantGroup(String tenantId, String role) {
        return "tenant:" + tenantId + ":" + role;
    }
}
