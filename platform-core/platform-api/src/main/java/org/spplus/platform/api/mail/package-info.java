/** Outgoing mail through the transactional outbox. */
package org.spplus.platform.api.mail;
