/** Services the platform offers to the pages of plugins. */
package org.spplus.platform.api.web;
