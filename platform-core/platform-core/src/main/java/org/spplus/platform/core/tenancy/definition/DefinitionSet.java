package org.spplus.platform.core.tenancy.definition;

import java.util.List;

/** Everything read from the tenants folder: valid only if {@link #problems()} is empty. */
public record DefinitionSet(List<TenantDefinition> tenants, PlatformDefinition platform,
                            List<DefinitionProblem> problems, List<DefinitionProblem> warnings) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
