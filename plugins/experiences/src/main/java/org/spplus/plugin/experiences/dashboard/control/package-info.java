/** The dashboards' pre-aggregated figures, kept up to date by the events they count. */
package org.spplus.plugin.experiences.dashboard.control;
