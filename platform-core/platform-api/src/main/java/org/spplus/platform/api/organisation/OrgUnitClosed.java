package org.spplus.platform.api.organisation;

/**
 * CDI event fired, inside the transaction, when an entity is closed: plugins hand the items of its
 * inbox (and of the closed units below it) over to {@code inboxHolderId}, its nearest open ancestor.
 *
 * @param tenantId      the tenant
 * @param unitId        the closed unit
 * @param inboxHolderId where its inbox goes now
 */
public record OrgUnitClosed(String tenantId, long unitId, long inboxHolderId) {
}
