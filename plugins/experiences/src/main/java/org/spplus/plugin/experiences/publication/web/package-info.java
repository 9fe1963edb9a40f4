/** Public pages: the list of published stories and a story with its answers. */
package org.spplus.plugin.experiences.publication.web;
