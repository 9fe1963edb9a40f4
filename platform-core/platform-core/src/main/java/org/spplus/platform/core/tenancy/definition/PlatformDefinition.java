package org.spplus.platform.core.tenancy.definition;

import java.util.List;

/** Platform-wide definitions ({@code tenants/platform.yaml}): demo accounts of moderators, administrators, citizens. */
public record PlatformDefinition(List<TenantDefinition.DemoAccount> demoAccounts) {

    public static PlatformDefinition empty() {
        return new PlatformDefinition(List.of());
    }
}
