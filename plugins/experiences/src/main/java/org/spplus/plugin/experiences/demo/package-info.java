/** Demo data of the plugin, loaded only in demo mode. */
package org.spplus.plugin.experiences.demo;
