package org.spplus.platform.api.organisation;

/**
 * A read-only view of an entity of a tenant's organisation tree.
 *
 * @param id          database id
 * @param code        stable code, unique in the tenant
 * @param name        display name
 * @param type        typology label ("Caisse départementale", "Service des impôts des particuliers"...)
 * @param parentId    parent id, {@code null} for the root
 * @param depth       0 for the root
 * @param regionCode  INSEE région code, or {@code null}
 * @param departementCode département code, or {@code null}
 * @param open        false once the entity is closed
 */
public record OrgUnitView(long id, String code, String name, String type, Long parentId, int depth,
                          String regionCode, String departementCode, boolean open) implements java.io.Serializable {
}
