/** The managers' dashboards, computed from the pre-aggregated figures. */
package org.spplus.plugin.experiences.dashboard.boundary;
