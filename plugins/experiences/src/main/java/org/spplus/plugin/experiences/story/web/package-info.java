/** Citizens' pages: the wizard and following one's stories. */
package org.spplus.plugin.experiences.story.web;
