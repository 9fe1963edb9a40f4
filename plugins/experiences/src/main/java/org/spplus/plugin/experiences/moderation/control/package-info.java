/** What moderation decisions set off: publication, deliveries, history and mails. */
package org.spplus.plugin.experiences.moderation.control;
