package org.spplus.platform.core.tenancy.definition;

import java.util.List;
import java.util.Map;

/**
 * A network as declared in {@code tenants/<id>/tenant.yaml}.
 *
 * @param source where it was read from, for messages
 */
public record TenantDefinition(String id, String name, String shortName, String path, List<String> hosts,
                               ThemeDefinition theme, Map<String, PluginDefinition> plugins,
                               UnitDefinition organisation, List<DemoAccount> demoAgents, String source) {

    /** Theme tokens; {@code logoFile} names a file beside tenant.yaml, or is null. */
    public record ThemeDefinition(String accentColor, String logoFile) {
    }

    public record PluginDefinition(boolean enabled, Map<String, String> settings) {
    }

    /** An entity of the organisation tree and its children. */
    public record UnitDefinition(String code, String name, String type, String region, String departement,
                                 boolean closed, List<UnitDefinition> children) {

        /** This unit and all units below it, depth first. */
        public java.util.stream.Stream<UnitDefinition> flatten() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                    children.stream().flatMap(UnitDefinition::flatten));
        }
    }

    /** A demo account: loaded only when the demo mode is on. */
    public record DemoAccount(String email, String name, List<String> roles, List<String> units) {
    }
}
