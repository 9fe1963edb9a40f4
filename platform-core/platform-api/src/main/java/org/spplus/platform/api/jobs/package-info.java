/** Background work of plugins: periodic jobs and work started after a commit. */
package org.spplus.platform.api.jobs;
