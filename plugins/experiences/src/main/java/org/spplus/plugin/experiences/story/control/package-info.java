/** Checks, keys and notices shared by the citizens' and the moderators' services. */
package org.spplus.plugin.experiences.story.control;
