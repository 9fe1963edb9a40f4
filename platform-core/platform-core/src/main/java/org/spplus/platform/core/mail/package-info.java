/** The transactional mail outbox and its background sender (Jakarta Mail, retries with backoff). */
package org.spplus.platform.core.mail;
