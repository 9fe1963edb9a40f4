/** Background jobs of plugins, on the container's scheduler. */
package org.spplus.platform.core.jobs;
