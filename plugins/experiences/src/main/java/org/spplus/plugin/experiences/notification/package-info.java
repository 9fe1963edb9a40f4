/** What the plugin tells people by e-mail, through the platform's mail outbox. */
package org.spplus.plugin.experiences.notification;
