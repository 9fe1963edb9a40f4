/** Delivering stories to inboxes, in transactions bound to each network. */
package org.spplus.plugin.experiences.handling.control;
