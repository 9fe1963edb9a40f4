/** The organisation tree of the current tenant, read-only for plugins. */
package org.spplus.platform.api.organisation;
