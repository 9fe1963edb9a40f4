/** The networks' side: inboxes, case handling and answers. */
package org.spplus.plugin.experiences.handling.boundary;
