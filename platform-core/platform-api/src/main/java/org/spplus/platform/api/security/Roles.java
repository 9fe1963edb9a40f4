package org.spplus.platform.api.security;

import java.util.Set;

/** The role names of the platform. Tenant roles hold within one network; platform roles across all. */
public final class Roles {

    /** Handles the inboxes of their entities and everything below them (tenant role). */
    public static final String AGENT = "agent";
    /** Also validates answers and sees dashboards for their subtree (tenant role). */
    public static final String MANAGER = "manager";
    /** Configures the tenant (tenant role). */
    public static final String NETWORK_ADMIN = "network-admin";
    /** Moderates contributions for all networks, a third party to them (platform role). */
    public static final String MODERATOR = "moderator";
    /** Creates tenants and sees all of them (platform role). */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** A citizen with a platform-wide account. */
    public static final String CITIZEN = "citizen";

    public static final Set<String> TENANT_ROLES = Set.of(AGENT, MANAGER, NETWORK_ADMIN);
    public static final Set<String> PLATFORM_ROLES = Set.of(MODERATOR, PLATFORM_ADMIN, CITIZEN);

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return TENANT_ROLES.contains(role) || PLATFORM_ROLES.contains(role);
    }
}
