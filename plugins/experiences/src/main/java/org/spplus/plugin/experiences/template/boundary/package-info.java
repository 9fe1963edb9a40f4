/** The answer templates' services: managed by a network's managers and administrators, used by its agents. */
package org.spplus.plugin.experiences.template.boundary;
