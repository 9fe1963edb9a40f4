/** The dashboard page. */
package org.spplus.plugin.experiences.dashboard.web;
