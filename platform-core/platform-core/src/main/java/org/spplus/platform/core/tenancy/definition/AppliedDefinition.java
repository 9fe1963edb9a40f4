package org.spplus.platform.core.tenancy.definition;

/**
 * What was last applied from a tenant's definition file, kept with the tenant. At the next start, a
 * field is applied again only if the file changed it since: what network administrators changed
 * through the platform stays, unless the file says otherwise anew.
 *
 * @param logoSha256 digest of the logo file applied, or null
 */
public record AppliedDefinition(TenantDefinition definition, String logoSha256) {
}
