/** Helpers shared by the plugin's pages. */
package org.spplus.plugin.experiences.web;
