/** The page of snippets for a network's own site. */
package org.spplus.plugin.experiences.embed.web;
