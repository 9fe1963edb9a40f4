/** The web layer of the core: request routing by tenant and plugin, URL mapping, logging context, shared pages. */
package org.spplus.platform.core.web;
