/** Tenants: their records, the in-memory directory used to route requests, and the current tenant of a piece of work. */
package org.spplus.platform.core.tenancy;
