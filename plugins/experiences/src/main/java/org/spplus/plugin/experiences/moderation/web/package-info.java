/** Pages of the moderators' desk. */
package org.spplus.plugin.experiences.moderation.web;
