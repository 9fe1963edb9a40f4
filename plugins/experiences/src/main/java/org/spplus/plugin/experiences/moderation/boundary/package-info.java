/** The platform moderators' desk: the queue and the four decisions. */
package org.spplus.plugin.experiences.moderation.boundary;
